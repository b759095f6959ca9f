export { listShareLinks } from "./share-link-queries";
