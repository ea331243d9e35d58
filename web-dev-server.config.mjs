// npm start: serves the repository root so that examples/ can load dist/.
export default {
  rootDir: '.',
  nodeResolve: true,
  open: '/examples/',
  port: Number(process.env.PORT ?? 8000),
};
