# The class server in a container, for a school or cloud server:
#   docker build -t bargaining-chips .
#   docker run -d --restart unless-stopped -p 2567:2567 --name bargaining-chips bargaining-chips
# Students open http://<server address>:2567/ (see docs/classroom.md).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production
EXPOSE 2567
USER node
CMD ["npx", "tsx", "src/server/main.ts", "--port", "2567", "--host", "0.0.0.0"]
