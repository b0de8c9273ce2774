# syntax=docker/dockerfile:1
# The engine image: one image, two processes (docker-compose.yml runs `node apps/api/dist/main.js`
# and `node apps/worker/dist/main.js` from it; the operator CLI is apps/devstack/dist/cli.js).

# ---- build: install everything, compile, then drop what only the build needed ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# package.json "allowScripts" and .npmrc's strict-allow-scripts are npm 11 features; the image ships npm 10.
RUN npm install --global npm@11
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci
RUN npx tsc -b
RUN npm prune --omit=dev

# ---- runtime: the same base, compiled output and production dependencies, no root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root: the unprivileged user can run the code but not change it.
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
