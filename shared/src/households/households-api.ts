/**
 * Households: the payloads of /api/households and its members, balances and settlements, and the
 * household fields of a shared expense. The only description of them.
 */
import * as v from 'valibot';
import { AmountSchema, CurrencySchema, noControlChars, withoutInvisibleMarks } from '../api.ts';

export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** An invite's code lasts this long and is good for one join. */
export const INVITE_DAYS = 7;
export const MAX_HOUSEHOLD_MEMBERS = 12;

const NameSchema = v.pipe(
  v.string(),
  withoutInvisibleMarks,
  v.trim(),
  v.minLength(1, 'name must not be empty'),
  v.maxLength(60),
  noControlChars,
);
export const HouseholdIdSchema = v.pipe(
  v.string('householdId must be text'),
  v.uuid('householdId must be a UUID'),
);
export const MemberIdSchema = v.pipe(v.string('memberId must be text'), v.uuid('memberId must be a UUID'));

export const CreateHouseholdSchema = v.strictObject({
  name: NameSchema,
  /** How the others will see the founder; the account's name otherwise. */
  memberName: v.optional(NameSchema),
});
const InviteCodeSchema = v.pipe(
  v.string('code is required'),
  v.trim(),
  v.regex(/^[A-Za-z0-9-]{6,64}$/, 'code is not an invite code'),
);
export const JoinHouseholdSchema = v.strictObject({
  code: InviteCodeSchema,
  /** How the others will see you; your account's name otherwise. */
  name: v.optional(NameSchema),
});
/** POST /api/households/invitation: which household an invite's code is for, before joining. */
export const InvitationQuerySchema = v.strictObject({ code: InviteCodeSchema });
/** The household's name as the server holds it (never the link's own words). */
export const InvitationSchema = v.object({ name: v.string() });

export const MemberSchema = v.object({ id: v.string(), name: v.string(), role: v.picklist(MEMBER_ROLES) });
export type Member = v.InferOutput<typeof MemberSchema>;
export const HouseholdSchema = v.object({
  id: v.string(),
  name: v.string(),
  members: v.array(MemberSchema),
  /** Which member the caller is. */
  me: v.optional(v.string()),
  /** Members who left, by name: their old bills still name them (absent when none left). */
  former: v.optional(v.array(v.object({ id: v.string(), name: v.string() }))),
});
export type Household = v.InferOutput<typeof HouseholdSchema>;
export const InviteSchema = v.object({ code: v.string(), url: v.string(), expiresAt: v.string() });
export const CreatedHouseholdSchema = v.object({ ...HouseholdSchema.entries, invite: InviteSchema });
export const HouseholdListSchema = v.object({ households: v.array(HouseholdSchema) });

/** One member's part of a shared bill, in integer cents. */
export const ShareSchema = v.object({
  memberId: v.string(),
  cents: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});
/** The household fields of an expense: whole bill in `amount`, who paid, each member's cents. */
export const SharedFieldsSchema = v.object({
  householdId: v.string(),
  paidBy: v.string(),
  split: v.array(ShareSchema),
});
export type SharedFields = v.InferOutput<typeof SharedFieldsSchema>;

export const BalancesQuerySchema = v.strictObject({ currency: v.optional(CurrencySchema) });
export const BalanceSchema = v.object({
  memberId: v.string(),
  name: v.string(),
  /** > 0: the member is owed; signed decimal string. */
  net: v.string(),
  currency: v.string(),
});
export const TransferSchema = v.object({
  fromMemberId: v.string(),
  toMemberId: v.string(),
  amount: v.string(),
  currency: v.string(),
});
export const BalancesSchema = v.object({
  balances: v.array(BalanceSchema),
  transfers: v.array(TransferSchema),
});
export type Balances = v.InferOutput<typeof BalancesSchema>;

export const SettlementBodySchema = v.pipe(
  v.strictObject({
    fromMemberId: MemberIdSchema,
    toMemberId: MemberIdSchema,
    amount: AmountSchema,
    currency: CurrencySchema,
  }),
  v.check((s) => s.fromMemberId !== s.toMemberId, 'a member cannot repay themselves'),
);
export type SettlementBody = v.InferOutput<typeof SettlementBodySchema>;
export const SettlementSchema = v.object({
  id: v.string(),
  householdId: v.string(),
  fromMemberId: v.string(),
  toMemberId: v.string(),
  amount: v.string(),
  currency: v.string(),
  createdAt: v.string(),
});
export type Settlement = v.InferOutput<typeof SettlementSchema>;
