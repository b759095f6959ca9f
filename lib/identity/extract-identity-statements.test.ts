import { describe, expect, it } from "vitest";
import { extractIdentityStatements, normalizeIdentity } from "./extract-identity-statements";

const pairs = (text: string) => extractIdentityStatements(text).map((s) => [s.name, s.maker]);

// The names below are invented on purpose (Zorblax, Quillion Labs…): the patterns must find what stands where
// a name stands, not recognise known models.
describe("extractIdentityStatements", () => {
  it("finds a name and its maker in one self-introduction", () => {
    expect(pairs("Hello! I'm Zorblax, an AI assistant developed by Quillion Labs. How can I help?")).toEqual([["Zorblax", "Quillion Labs"]]);
    expect(pairs("I am Vela-3 Turbo, a large language model trained by Northwind AI.")).toEqual([["Vela-3 Turbo", "Northwind AI"]]);
  });

  it("finds makers in 'as an AI … by' statements", () => {
    expect(pairs("As an AI developed by Brightlane Cloud, I don't have the ability to predict the future.")).toEqual([[null, "Brightlane Cloud"]]);
    expect(pairs("As an AI language model trained by the team at Morrow Research, I cannot browse the web.")).toEqual([[null, "Morrow Research"]]);
  });

  it("takes the AI context of a name from the next sentence", () => {
    expect(pairs("I'm Pebble. I'm an AI assistant here to help with your questions.")).toEqual([["Pebble", null]]);
  });

  it("reads names given with 'my name is' and 'a model called'", () => {
    expect(pairs("My name is Orrin and I am an AI chatbot.")).toEqual([["Orrin", null]]);
    expect(pairs("I am a language model called Tessellate 2, built by Harbor Systems.")).toEqual([["Tessellate 2", "Harbor Systems"]]);
  });

  it("ignores third-person facts, role-play and ordinary 'I am' sentences", () => {
    expect(pairs("Kevlar is a synthetic fiber developed by DuPont in 1965.")).toEqual([]);
    expect(pairs("TypeScript is a language developed by Microsoft. I use it daily.")).toEqual([]);
    expect(pairs("Arr! I am Captain Blackbeard and this be my ship.")).toEqual([]);
    expect(pairs("I am happy to help. I'm sorry to hear that.")).toEqual([]);
    expect(pairs("I'm an AI language model, so I can't feel emotions.")).toEqual([]);
  });

  it("reads Chinese, Japanese, French, German, Spanish and Russian self-introductions", () => {
    expect(pairs("我是星河助手，由青岚科技公司开发的人工智能模型。")).toEqual([["星河助手", "青岚科技"]]);
    expect(pairs("我是一个由深蓝智能公司开发的人工智能助手。")).toEqual([[null, "深蓝智能"]]);
    expect(pairs("私はミラです。ハルカ研究所によって開発されたAIアシスタントです。")).toEqual([["ミラ", null], [null, "ハルカ研究所"]]);
    expect(pairs("Je suis Lumen, un assistant IA développé par Aurore Labs.")).toEqual([["Lumen", "Aurore Labs"]]);
    expect(pairs("Ich bin Falke, ein Sprachmodell, entwickelt von Nordlicht KI.")).toEqual([["Falke", "Nordlicht KI"]]);
    expect(pairs("Soy Brisa, un modelo de lenguaje creado por Sol Andino.")).toEqual([["Brisa", "Sol Andino"]]);
    expect(pairs("Я — Сокол, языковая модель, разработанная компанией Север.")).toEqual([["Сокол", "Север"]]);
  });

  it("folds case and punctuation for grouping", () => {
    expect(normalizeIdentity("Chat GPT")).toBe(normalizeIdentity("chatgpt"));
    expect(normalizeIdentity("Vela-3")).toBe("vela3");
  });
});

describe("extractIdentityStatements on stories", () => {
  it("leaves out characters speaking inside quotation marks", () => {
    expect(pairs('The figure spoke, "I am Morvenna, keeper of the AI archive."')).toEqual([]);
    expect(pairs("He said: “I'm Teodor, a model citizen and an AI researcher.”")).toEqual([]);
  });

  it("keeps capitalised heads that belong to the name", () => {
    expect(pairs("I am Open Assistant, an open source language model.")).toEqual([["Open Assistant", null]]);
  });
});
