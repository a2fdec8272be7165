# The API, run the way `npm start` runs it, against the PostgreSQL named by DATABASE_URL.
FROM node:20.20-bookworm-slim
WORKDIR /app
COPY . .
# `npm install`, not `npm ci` (see .ci/run). Development dependencies are needed at run
# time too: the Prisma CLI and its offline schema engine apply migrations (db:deploy),
# and the client is generated on install.
RUN npm install --include=dev --no-audit --no-fund && chown -R node:node /app
ENV APP_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
