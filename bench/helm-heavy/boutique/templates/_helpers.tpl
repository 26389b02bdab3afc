{{/* The image of one service: the shared registry, the service's name, the chart's version as the tag. */}}
{{- define "boutique.image" -}}
{{- $svc := index . 0 -}}
{{- $root := index . 1 -}}
{{ $root.Values.images.repository }}/{{ $svc.name }}:{{ $root.Values.images.tag | default $root.Chart.AppVersion }}
{{- end -}}

{{- define "boutique.labels" -}}
app: {{ .name }}
app.kubernetes.io/part-of: boutique
{{- end -}}

{{/* Security settings every service shares unless it brings its own. */}}
{{- define "boutique.podSecurityContext" -}}
{{- if .Values.securityContext.enable }}
securityContext:
  fsGroup: 1000
  runAsGroup: 1000
  runAsNonRoot: true
  runAsUser: 1000
  {{- if .Values.seccompProfile.enable }}
  seccompProfile:
    type: {{ .Values.seccompProfile.type }}
  {{- end }}
{{- end }}
{{- end -}}

{{- define "boutique.containerSecurityContext" -}}
securityContext:
  allowPrivilegeEscalation: false
  capabilities:
    drop:
      - ALL
  privileged: false
  readOnlyRootFilesystem: true
{{- end -}}
