import { LLM_REPLY_JSON_SCHEMA, type LlmReply, LlmReplySchema } from '@voicetrack/shared';
import Groq from 'groq-sdk';
import * as v from 'valibot';
import type { ExpenseParser, LlmExpense, ParseContext } from '../ports.ts';
import { LlmInvalidOutputError } from '../ports.ts';
import { expenseSystemPrompt, expenseUserMessage } from './llm-prompt.ts';
import { classifyProviderError } from './provider-errors.ts';

export interface GroqParserConfig {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof fetch;
}

/** Parses the model's text as JSON and checks it with the shared schema. */
export function readLlmReply(content: string | null | undefined): LlmReply {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    throw new LlmInvalidOutputError('the model did not answer JSON');
  }
  const result = v.safeParse(LlmReplySchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new LlmInvalidOutputError(
      `the model's JSON does not match the schema: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.output;
}

/** The Groq chat model with structured outputs (strict JSON schema) and low reasoning effort. */
export function createGroqParser(config: GroqParserConfig): ExpenseParser {
  const client = new Groq({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const name = `groq:${config.model}`;

  const ask = async (transcript: string, context: ParseContext): Promise<LlmReply> => {
    let completion: Groq.Chat.ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model: config.model,
          temperature: 0,
          reasoning_effort: 'low',
          max_completion_tokens: 1024,
          messages: [
            { role: 'system', content: expenseSystemPrompt(context, transcript) },
            { role: 'user', content: expenseUserMessage(transcript) },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'expenses', strict: true, schema: LLM_REPLY_JSON_SCHEMA },
          },
        },
        context.signal ? { signal: context.signal } : undefined,
      );
    } catch (error) {
      throw classifyProviderError(name, error);
    }
    // Billed whether or not the reply is usable.
    context.onUsage?.({
      model: name,
      kind: 'chat',
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    });
    return readLlmReply(completion.choices[0]?.message?.content);
  };

  return {
    name,
    async parseExpenseWords(transcript, context): Promise<LlmExpense[]> {
      let reply: LlmReply;
      try {
        reply = await ask(transcript, context);
      } catch (error) {
        if (!(error instanceof LlmInvalidOutputError)) throw error;
        // One retry: sampling can go wrong once; twice means the words confuse the model.
        reply = await ask(transcript, context);
      }
      return reply.expenses;
    },
  };
}
