// A stand-in worker child for wake-workers.test.ts: listens for work and says when it is woken.
import { listenForWork } from "./wake-workers";

await listenForWork(() => process.send?.("woken"));
process.send?.("listening");
process.once("disconnect", () => process.exit(0));
