# syntax=docker/dockerfile:1
# nginx in front of Njia: the web app's files (Angular PWA) and a proxy to the
# API, which also answers the app's routes with its pages (docker/nginx.conf;
# docker/api.Dockerfile ships the same build). Build from the repository root
# (.dockerignore keeps node_modules and builds out of the context):
#   docker build -f docker/web.Dockerfile -t njia-web .

ARG NODE_VERSION=24

# --- 1. build the Angular app into web/dist/browser ---------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund --workspace web --include-workspace-root
COPY web/ web/
# The milk-quality rule the phone shares with the API (`@njia/quality-rules` in web/tsconfig.json).
COPY backend/app/collections/quality_rules.ts backend/app/collections/
# The one money format, shared with the API (`@njia/money-format` in web/tsconfig.json).
COPY backend/app/core/money_format.ts backend/app/core/
RUN npm run build -w web

# --- 2. serve with nginx as an unprivileged user (listens on 8080) -----------
FROM nginxinc/nginx-unprivileged:1.29-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/web/dist/browser /usr/share/nginx/html
USER nginx
EXPOSE 8080 5055
HEALTHCHECK --interval=30s --timeout=5s CMD wget -q -O /dev/null http://127.0.0.1:8080/nginx-health || exit 1
