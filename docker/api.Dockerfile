# syntax=docker/dockerfile:1
# Njia API (AdonisJS 7). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t njia-api .
# The same image runs the job worker (`node ace queue:work`).

ARG NODE_VERSION=24

# --- 1. dependencies, dev included, to compile -------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund --workspace backend --include-workspace-root

# --- 2. compile TypeScript into backend/build --------------------------------
FROM deps AS build
COPY backend/ backend/
RUN cd backend && node ace build

# --- 3. the web app (Angular PWA) into web/dist/browser ------------------------
# The API serves its pages (with what the server knows at page load written
# in, backend web_app_page.ts); nginx (web.Dockerfile) serves its files.
FROM node:${NODE_VERSION}-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund --workspace web --include-workspace-root
COPY web/ web/
# The milk-quality rule the phone shares with the API (`@njia/quality-rules` in web/tsconfig.json).
COPY backend/app/collections/quality_rules.ts backend/app/collections/
RUN npm run build -w web

# --- 4. production dependencies only -----------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund --workspace backend --include-workspace-root --omit=dev \
  && npm cache clean --force

# --- 5. runtime ----------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# pg_dump for `node ace db:backup`; tini reaps children and forwards signals.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client tini \
  && rm -rf /var/lib/apt/lists/*
# Amazon RDS certificate authorities, so `sslmode=require` can verify the
# database (used with NODE_EXTRA_CA_CERTS by infra/terraform).
ADD --chmod=644 https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3333 \
    TZ=UTC
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/package.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
# node_modules sits above backend/, so the compiled app resolves packages upward.
COPY --from=build --chown=node:node /app/backend/build ./backend
# Where config/web.ts looks by default (../web/dist/browser from backend/).
COPY --from=web --chown=node:node /app/web/dist/browser ./web/dist/browser
COPY --chown=node:node docker/api-entrypoint.sh /usr/local/bin/njia-entrypoint
WORKDIR /app/backend
USER node
EXPOSE 3333
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3333)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/njia-entrypoint"]
CMD ["node", "bin/server.js"]
