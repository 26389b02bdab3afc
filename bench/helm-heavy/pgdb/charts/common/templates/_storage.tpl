{{/*
The storage class of a claim: the persistence setting, else the global one; "-" means no class at all.
Usage: include "common.storage.class" (dict "persistence" .Values.primary.persistence "global" .Values.global)
*/}}
{{- define "common.storage.class" -}}
{{- $storageClass := default .persistence.storageClass ((.global).storageClass) -}}
{{- if $storageClass -}}
{{- if (eq "-" $storageClass) -}}
{{- printf "storageClassName: \"\"" -}}
{{- else -}}
{{- printf "storageClassName: %s" $storageClass -}}
{{- end -}}
{{- end -}}
{{- end -}}
