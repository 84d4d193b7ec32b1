import { LLM_REPLY_JSON_SCHEMA, type LlmReply, LlmReplySchema } from '@voicetrack/shared';
import Groq from 'groq-sdk';
import type { ExpenseParser, LlmExpense, ParseContext } from '../ports.ts';
import { expenseSystemPrompt, expenseUserMessage } from './llm-prompt.ts';
import { askTwiceIfInvalid, completeChat } from './model-reply.ts';

export interface GroqParserConfig {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof fetch;
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

  const ask = (transcript: string, context: ParseContext): Promise<LlmReply> =>
    completeChat(name, context, LlmReplySchema, () =>
      client.chat.completions.create(
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
      ),
    );

  return {
    name,
    async parseExpenseWords(transcript, context): Promise<LlmExpense[]> {
      const reply = await askTwiceIfInvalid(() => ask(transcript, context));
      return reply.expenses;
    },
  };
}
