{{/*
Renders a value that may hold template expressions ("{{ .Release.Name }}-extra").
Usage: include "common.tplvalues.render" (dict "value" .Values.path.to.value "context" $)
*/}}
{{- define "common.tplvalues.render" -}}
{{- $value := typeIs "string" .value | ternary .value (.value | toYaml) -}}
{{- if contains "{{" (toJson .value) -}}
{{- if .scope -}}
{{- tpl (cat "{{- with $.RelativeScope -}}" $value "{{- end }}") (merge (dict "RelativeScope" .scope) .context) -}}
{{- else -}}
{{- tpl $value .context -}}
{{- end -}}
{{- else -}}
{{- $value -}}
{{- end -}}
{{- end -}}

{{/*
Merges a list of maps rendered with tpl; earlier ones win.
Usage: include "common.tplvalues.merge" (dict "values" (list .Values.a .Values.b) "context" $)
*/}}
{{- define "common.tplvalues.merge" -}}
{{- $dst := dict -}}
{{- range .values -}}
{{- $dst = include "common.tplvalues.render" (dict "value" . "context" $.context "scope" $.scope) | fromYaml | merge $dst -}}
{{- end -}}
{{ $dst | toYaml }}
{{- end -}}
