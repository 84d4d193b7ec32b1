/**
 * What the chat models' callers share (the Groq parser, the receipt reader): one completion asked,
 * its failure classified, the reply read as JSON and checked by a shared schema, the usage told to
 * the cost ledger, and one retry when the reply is invalid (sampling can go wrong once; twice means the input confuses the model).
 */
import * as v from 'valibot';
import { LlmInvalidOutputError, type ParseContext } from '../ports.ts';
import { classifyProviderError } from './provider-errors.ts';

/** Parses the model's text as JSON and checks it with the schema; LlmInvalidOutputError if not. */
export function readModelJson<S extends v.GenericSchema>(
  schema: S,
  content: string | null | undefined,
): v.InferOutput<S> {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    throw new LlmInvalidOutputError('the model did not answer JSON');
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    throw new LlmInvalidOutputError(
      `the model's JSON does not match the schema: ${result.issues[0]?.message ?? 'invalid'}`,
    );
  }
  return result.output;
}

interface ChatUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

/** Tells the ledger what a chat completion used: billed whether or not the reply is usable. */
export function tellChatUsage(
  context: Pick<ParseContext, 'onUsage'>,
  model: string,
  usage: ChatUsage | null | undefined,
): void {
  context.onUsage?.({
    model,
    kind: 'chat',
    promptTokens: usage?.prompt_tokens ?? 0,
    completionTokens: usage?.completion_tokens ?? 0,
  });
}

/** What both SDKs' chat completions hold that their callers read. */
interface ChatCompletionLike {
  usage?: ChatUsage | null | undefined;
  choices: { message?: { content?: string | null | undefined } | undefined }[];
}

/**
 * One chat completion: a failure of the call classified for the caller, the usage told whether or
 * not the reply is usable, the reply read as JSON and checked with the schema.
 */
export async function completeChat<S extends v.GenericSchema>(
  name: string,
  context: Pick<ParseContext, 'onUsage'>,
  schema: S,
  create: () => Promise<ChatCompletionLike>,
): Promise<v.InferOutput<S>> {
  let completion: ChatCompletionLike;
  try {
    completion = await create();
  } catch (error) {
    throw classifyProviderError(name, error);
  }
  tellChatUsage(context, name, completion.usage);
  return readModelJson(schema, completion.choices[0]?.message?.content);
}

/** Asks once more when the first reply is invalid; any other failure goes up at once. */
export async function askTwiceIfInvalid<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof LlmInvalidOutputError)) throw error;
    return ask();
  }
}
