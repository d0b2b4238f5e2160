// `npm start` and the end-to-end tests run this: the production server (server/index.ts).
import '../server/index';
