# The Summit bot as a container: built in the full Debian Node 20 image (it has the compilers
# better-sqlite3 falls back to when no prebuilt binary fits), run from the slim image of the same
# Debian release as the unprivileged `node` user. Deployment: README "Deployment".

FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Production dependencies only (esbuild, which builds dist/, is one); better-sqlite3's install
# script fetches or compiles its native addon here, for this image's Node and glibc.
RUN npm ci --omit=dev --loglevel=warn
COPY scripts ./scripts
COPY commands ./commands
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    CONTENT_DIR=/app/content \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Alive when GET /healthz on PORT answers 200 (node's own fetch: the slim image has no curl).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: npm does not pass SIGTERM on, and the bot's graceful stop needs it.
CMD ["node", "--enable-source-maps", "dist/main.js"]
