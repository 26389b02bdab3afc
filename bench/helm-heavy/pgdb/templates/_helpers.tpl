{{/* The primary's full name. */}}
{{- define "pgdb.primary.fullname" -}}
{{- if eq .Values.architecture "replication" -}}
{{- printf "%s-%s" (include "common.names.fullname" .) .Values.primary.name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- include "common.names.fullname" . -}}
{{- end -}}
{{- end -}}

{{- define "pgdb.readReplica.fullname" -}}
{{- printf "%s-%s" (include "common.names.fullname" .) .Values.readReplicas.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "pgdb.image" -}}
{{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}
{{- end -}}

{{- define "pgdb.metrics.image" -}}
{{ include "common.images.image" (dict "imageRoot" .Values.metrics.image "global" .Values.global) }}
{{- end -}}

{{- define "pgdb.volumePermissions.image" -}}
{{ include "common.images.image" (dict "imageRoot" .Values.volumePermissions.image "global" .Values.global) }}
{{- end -}}

{{- define "pgdb.imagePullSecrets" -}}
{{ include "common.images.renderPullSecrets" (dict "images" (list .Values.image .Values.metrics.image .Values.volumePermissions.image) "context" $) }}
{{- end -}}

{{- define "pgdb.secretName" -}}
{{- if .Values.auth.existingSecret -}}
{{- printf "%s" (tpl .Values.auth.existingSecret $) -}}
{{- else -}}
{{- printf "%s" (include "common.names.fullname" .) -}}
{{- end -}}
{{- end -}}

{{- define "pgdb.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{ default (include "common.names.fullname" .) .Values.serviceAccount.name }}
{{- else -}}
{{ default "default" .Values.serviceAccount.name }}
{{- end -}}
{{- end -}}

{{/* The port PostgreSQL listens on in the containers. */}}
{{- define "pgdb.service.port" -}}
{{- .Values.primary.service.ports.postgresql | default 5432 -}}
{{- end -}}

{{/* Environment every database container shares. */}}
{{- define "pgdb.database.env" -}}
- name: POSTGRESQL_PORT_NUMBER
  value: {{ .Values.containerPorts.postgresql | quote }}
- name: POSTGRESQL_VOLUME_DIR
  value: {{ .Values.primary.persistence.mountPath | quote }}
- name: PGDATA
  value: {{ .Values.postgresqlDataDir | quote }}
- name: POSTGRES_PASSWORD_FILE
  value: "/opt/pgdb/secrets/postgres-password"
{{- if .Values.auth.username }}
- name: POSTGRES_USER
  value: {{ .Values.auth.username | quote }}
{{- end }}
- name: POSTGRES_DATABASE
  value: {{ .Values.auth.database | quote }}
- name: POSTGRESQL_ENABLE_TLS
  value: {{ ternary "yes" "no" .Values.tls.enabled | quote }}
- name: POSTGRESQL_LOG_HOSTNAME
  value: {{ .Values.audit.logHostname | quote }}
- name: POSTGRESQL_LOG_CONNECTIONS
  value: {{ .Values.audit.logConnections | quote }}
- name: POSTGRESQL_LOG_DISCONNECTIONS
  value: {{ .Values.audit.logDisconnections | quote }}
- name: POSTGRESQL_CLIENT_MIN_MESSAGES
  value: {{ .Values.audit.clientMinMessages | quote }}
- name: POSTGRESQL_SHARED_PRELOAD_LIBRARIES
  value: {{ .Values.postgresqlSharedPreloadLibraries | quote }}
{{- end -}}
