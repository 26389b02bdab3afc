{{/*
The full image reference: registry/repository:tag, or @digest when a digest is given.
Usage: include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global)
*/}}
{{- define "common.images.image" -}}
{{- $registryName := default .imageRoot.registry ((.global).imageRegistry) -}}
{{- $repositoryName := .imageRoot.repository -}}
{{- $separator := ":" -}}
{{- $termination := .imageRoot.tag | toString -}}
{{- if .imageRoot.digest -}}
{{- $separator = "@" -}}
{{- $termination = .imageRoot.digest | toString -}}
{{- end -}}
{{- if $registryName -}}
{{- printf "%s/%s%s%s" $registryName $repositoryName $separator $termination -}}
{{- else -}}
{{- printf "%s%s%s" $repositoryName $separator $termination -}}
{{- end -}}
{{- end -}}

{{/*
imagePullSecrets for a list of images; global secrets first.
Usage: include "common.images.renderPullSecrets" (dict "images" (list .Values.image .Values.metrics.image) "context" $)
*/}}
{{- define "common.images.renderPullSecrets" -}}
{{- $pullSecrets := list -}}
{{- range ((.context.Values.global).imagePullSecrets) -}}
{{- $pullSecrets = append $pullSecrets (include "common.tplvalues.render" (dict "value" . "context" $.context)) -}}
{{- end -}}
{{- range .images -}}
{{- range .pullSecrets -}}
{{- $pullSecrets = append $pullSecrets (include "common.tplvalues.render" (dict "value" . "context" $.context)) -}}
{{- end -}}
{{- end -}}
{{- if (not (empty $pullSecrets)) -}}
imagePullSecrets:
{{- range $pullSecrets | uniq }}
  - name: {{ . }}
{{- end }}
{{- end -}}
{{- end -}}
