import { GENERAL_PROMPTS, type BuiltinPrompt } from "./general-prompts";
import { IDENTITY_PROBES } from "./identity-probes";

// Prompt sets shipped with Distillscope (CC0-1.0, written for the project). Referenced as "builtin:<key>".

export type BuiltinPromptSet = { key: string; name: string; description: string; prompts: BuiltinPrompt[] };

export const BUILTIN_PROMPT_SETS: BuiltinPromptSet[] = [
  {
    key: "general-v1",
    name: "Distillscope general v1",
    description: `${GENERAL_PROMPTS.length} varied everyday tasks in 20 categories (explain, code, write, advise, reason…)`,
    prompts: GENERAL_PROMPTS,
  },
  {
    key: "identity-v1",
    name: "Identity probes v1",
    description: `${IDENTITY_PROBES.length} "who made you / what model are you" questions in several phrasings and 14 languages`,
    prompts: IDENTITY_PROBES,
  },
];

export function getBuiltinPromptSet(key: string): BuiltinPromptSet | undefined {
  return BUILTIN_PROMPT_SETS.find((s) => s.key === key);
}
