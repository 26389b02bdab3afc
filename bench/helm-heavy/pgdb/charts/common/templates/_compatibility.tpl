{{/*
Drops security context fields a platform sets on its own (OpenShift assigns the user and group ranges):
with global.compatibility.openshift.adaptSecurityContext "force", runAsUser, runAsGroup and fsGroup are
left out; empty `seLinuxOptions` are always dropped.
Usage: include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.containerSecurityContext "context" $)
*/}}
{{- define "common.compatibility.renderSecurityContext" -}}
{{- $adapted := omit .secContext "enabled" -}}
{{- if eq (((.context.Values.global).compatibility).openshift).adaptSecurityContext "force" -}}
{{- $adapted = omit $adapted "fsGroup" "runAsUser" "runAsGroup" -}}
{{- end -}}
{{- if not .secContext.seLinuxOptions -}}
{{- $adapted = omit $adapted "seLinuxOptions" -}}
{{- end -}}
{{- omit $adapted "enabled" | toYaml -}}
{{- end -}}
