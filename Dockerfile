# syntax=docker/dockerfile:1
# The API as a production image, in three stages:
#   build    compiles the API to JavaScript (npx nx run api:build → dist/api)
#   migrate  the same artifact, whose command applies the migrations and exits
#   runtime  (the default) the service: production dependencies only, plain node as PID 1,
#            a non-root user, application files read-only
# Build the service with `docker build -t access-api .`, the migration job with
# `docker build --target migrate -t access-api-migrate .` (docker-compose.yml does both).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
# `npm install`, not `npm ci` (see .ci/run). The postinstall generates the Prisma client,
# which the build compiles into the artifact.
COPY package.json package-lock.json .npmrc ./
COPY prisma ./prisma
COPY tools/prisma ./tools/prisma
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run api:build --skip-nx-cache

FROM ${NODE_IMAGE} AS production
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and not writable by the user the service runs as.
COPY --from=build /src/dist/api ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force && chmod -R a-w /app
USER node

FROM production AS migrate
# Applies prisma/migrations to DATABASE_URL (the schema engine, without the Prisma CLI), then exits.
CMD ["node", "tools/prisma/migrate-deploy.mjs"]

FROM production AS runtime
ENV APP_ENV=production HOST=0.0.0.0 PORT=3000 METRICS_HOST=0.0.0.0 METRICS_PORT=9464
EXPOSE 3000 9464
# node is PID 1 and handles SIGTERM itself: readiness turns 503, the listener closes, requests in
# flight finish (SHUTDOWN_TIMEOUT_MS, 15 s by default), then the pool closes and it exits 0.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "apps/api/src/main.js"]
