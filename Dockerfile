# One image for the API (with the built admin app) and the worker; compose picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY config/package.json config/
COPY api/package.json api/
COPY worker/package.json worker/
COPY admin/package.json admin/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b api worker && npm run build -w admin && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/config/package.json /app/config/
COPY --from=build /app/config/dist /app/config/dist
COPY --from=build /app/api/package.json /app/api/
COPY --from=build /app/api/dist /app/api/dist
COPY --from=build /app/api/src/db/sql /app/api/src/db/sql
# The seed protocols (YAML documents) are read from the source tree too (api/src/seed/protocols/index.ts).
COPY --from=build /app/api/src/seed/protocols/*.yaml /app/api/src/seed/protocols/
COPY --from=build /app/worker/package.json /app/worker/
COPY --from=build /app/worker/dist /app/worker/dist
COPY --from=build /app/admin/dist /app/admin/dist
USER node
EXPOSE 4000
CMD ["node", "api/dist/main.js"]
