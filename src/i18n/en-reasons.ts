// English reason templates: for every reason code and tone, several variants (the renderer in
// reasons.ts picks one that side has not said yet). Placeholders are filled with words for the
// reason's ids: {factor}, {issue}, {option}, {choice} (an option as it reads in a sentence: the
// scenario's phrase, else "<option> on <issue>"), {ours}, {theirs}, {theirIssue}, {ourIssue}, {cause}
// (an option, a linked pair or a broken statement), {link}, {via}, {statement}, {offers}. A
// variant is used only when the reason has every placeholder it names. Never put HTML here.
import type { ReasonCode, Tone } from '../engine';

/** Variants per tone. */
export type Voiced = Readonly<Record<Tone, readonly string[]>>;

export const enReasons: Readonly<Record<ReasonCode, Voiced>> = {
  open: {
    curt: [
      'We start from {cause}. For {factor}, nothing else counts.',
      'Start with {cause}; {factor} will settle for nothing less.',
    ],
    plain: [
      'We start from {cause}: for {factor}, nothing in it matters more.',
      'Our opening rests on {cause}, which matters most to {factor}.',
    ],
    warm: [
      'Let us begin with {cause} — for {factor}, it is what matters most.',
      'We would like to start from {cause}; it means the most to {factor} at home.',
    ],
  },
  openPlain: {
    curt: ['This is our opening. Our side can live with it.', 'Here is our package.'],
    plain: [
      'This is a package our side can support at home.',
      'We open with a package we can defend at home.',
    ],
    warm: [
      'Here is where we would like to begin — a package we can stand behind at home.',
      'We hope this is a fair place to start; our side can support it.',
    ],
  },
  veto: {
    curt: [
      'Our {factor} would veto this; {cause} goes too far.',
      '{cause}? Our {factor} would never let that pass.',
      'No. Our {factor} would veto that at home.',
    ],
    plain: [
      'Our {factor} would veto your offer at home: {cause} goes too far for them.',
      'At home, our {factor} would block this; {cause} is the problem.',
      'This would not survive a veto from our {factor}.',
    ],
    warm: [
      'We wish we could, but {cause} would bring a veto from our {factor}.',
      'We understand what you are asking, but our {factor} would veto it at home.',
      'Please see it from our side: our {factor} would block this at home.',
    ],
  },
  noSupport: {
    curt: [
      'This would fail at home. {cause} costs us too much with {factor}.',
      'Not enough support at home for this.',
    ],
    plain: [
      'Your offer could not win enough support at home; {cause} costs us most with {factor}.',
      'We could not ratify this: {cause} loses us too much with {factor}.',
      'This would not pass at home.',
    ],
    warm: [
      'We would struggle to sell this at home — {cause} weighs heavily with {factor}.',
      'We are sorry, but this would not find enough support at home.',
    ],
  },
  noSupportNeed: {
    curt: [
      'This would fail at home. Only {cause} brings {factor} round.',
      'Not enough support at home: we need {cause} for {factor}.',
    ],
    plain: [
      'Your offer could not win enough support at home; we need {cause} to bring {factor} along.',
      'This would not pass at home; to carry {factor}, we would need {cause}.',
    ],
    warm: [
      'We could not get this through at home — {cause} is what would bring {factor} on board.',
      'We would need {cause} to win {factor} over; as it is, this fails at home.',
    ],
  },
  worseThanNoDeal: {
    curt: [
      'No deal beats this. {cause} costs us too much with {factor}.',
      'That leaves us worse off than walking away.',
    ],
    plain: [
      'Your offer leaves us worse off than no deal; {cause} costs us most with {factor}.',
      'With this package we would do better without a deal; {cause} is the main cost, for {factor}.',
      'Your offer leaves us worse off than no deal.',
    ],
    warm: [
      'We want a deal, but this one leaves us worse off than none — {cause} hurts {factor} most.',
      'We honestly would be better off with no deal here.',
    ],
  },
  need: {
    curt: [
      'On {issue}: {ours}, not {theirs}. We will not lose {factor} over it.',
      'On {issue}, {ours}. Anything less would cost us {factor}.',
    ],
    plain: [
      'On {issue}, we need {ours} rather than {theirs} to keep {factor} on board.',
      'We can move elsewhere, but on {issue} it has to be {ours}, not {theirs}, for the sake of {factor}.',
      'For {factor}, {ours} on {issue} matters more than anything in your offer.',
    ],
    warm: [
      'On {issue}, could we settle on {ours} rather than {theirs}? It is what keeps {factor} with us.',
      'We need your help on {issue}: {ours} instead of {theirs} keeps {factor} on our side.',
    ],
  },
  linkNeeded: {
    curt: [
      '{link}, as one piece: that link keeps {factor} on board.',
      'We offer {link} together or not at all, for the sake of {factor}.',
    ],
    plain: [
      'We can only offer {link}: that link is what keeps {factor} on board.',
      'The two go together — {link} — because that is what {factor} can accept.',
    ],
    warm: [
      'We would like to offer {link} together; that pairing is what brings {factor} along.',
      'If we pair {link}, we can carry {factor} with us.',
    ],
  },
  linkRefused: {
    curt: ['Not {link}: {factor} would never stand for it.', '{link}? Out of the question for {factor}.'],
    plain: [
      'We cannot agree to {link}: {factor} would not stand for it.',
      '{link} is a combination we cannot sell to {factor}.',
    ],
    warm: [
      'We are afraid {link} is a combination {factor} could not accept.',
      'Please understand: we cannot ask {factor} to swallow {link}.',
    ],
  },
  statementBroken: {
    curt: [
      'Your offer breaks our public word: “{statement}” We keep it.',
      'We said “{statement}” in public, and {factor} will hold us to it.',
    ],
    plain: [
      'Your offer breaks what we said in public (“{statement}”); {factor} would not forgive it.',
      'We stated in public: “{statement}” Our {factor} will hold us to it.',
    ],
    warm: [
      'You know we said “{statement}” in public; {factor} would never forgive us for breaking it.',
      'We hope you understand we cannot go back on our public word: “{statement}”',
    ],
  },
  supportable: {
    curt: ['This is what we can do.', 'Take it or improve on it.'],
    plain: ['This package works for us at home.', 'This is a package our side can support at home.'],
    warm: [
      'We believe this is a package we can sell at home.',
      'We think this is something we can take home with confidence.',
    ],
  },
  reciprocate: {
    curt: [
      'You moved on {theirIssue}. We move on {ourIssue}.',
      'Noted on {theirIssue}. Our answer is on {ourIssue}.',
      '{theirIssue} for {ourIssue}: a fair exchange.',
    ],
    plain: [
      'You moved on {theirIssue}; we can move on {ourIssue}.',
      'Your step on {theirIssue} deserves an answer: here is ours, on {ourIssue}.',
      'Since you gave ground on {theirIssue}, we give some on {ourIssue}.',
    ],
    warm: [
      'Thank you for moving on {theirIssue} — we are glad to meet you on {ourIssue}.',
      'Your step on {theirIssue} helps a great deal; in return we move on {ourIssue}.',
      'We appreciate the movement on {theirIssue}, so we have found room on {ourIssue}.',
    ],
  },
  movedToward: {
    curt: ['We take your line on {issue}. Nothing more.', 'On {issue}, have it your way.'],
    plain: ['We move toward you on {issue}.', 'On {issue}, we now take your position.'],
    warm: ['We are happy to come your way on {issue}.', 'On {issue}, we have moved to meet you.'],
  },
  nowWithin: {
    curt: [
      '{choice} was too far before. With {via}, it is on the table.',
      '{choice}: not before, but now that we have {via}, yes.',
      '{choice} was too far before. Now it is on the table.',
    ],
    plain: [
      'We refused {choice} before; with {via} in the package, we can offer it now.',
      'Earlier, {choice} went too far for us. Paired with {via}, it no longer does.',
      '{choice} was too far for us before; we can offer it now.',
    ],
    warm: [
      'Earlier we could not offer {choice}, but with {via} we now can — we hope that helps.',
      'We have found a way to give you {choice}: {via} makes it possible at home.',
      'We could not offer {choice} before; we are glad we can now.',
    ],
  },
  harden: {
    curt: [
      'You have not moved in {offers:# round|# rounds}. Neither will we.',
      'Nothing from you, nothing from us.',
      'We do not bid against ourselves.',
    ],
    plain: [
      'Your offers have not come our way for {offers:# round|# rounds}, so we hold ours.',
      'We will move when you do; for now our offer holds.',
      'We cannot keep giving while your position stays where it is.',
    ],
    warm: [
      'We have tried to meet you, but your offers have not moved for {offers:# round|# rounds}; we need a step from you too.',
      'We would love to move further, but we need a gesture from your side first.',
    ],
  },
  hardenStatement: {
    curt: [
      'After “{statement}”, you get nothing more from us.',
      'Your public line — “{statement}” — ends our flexibility.',
    ],
    plain: [
      'After your statement (“{statement}”), we see no reason to give more.',
      'Your public line — “{statement}” — leaves us no room to move.',
    ],
    warm: [
      'Your statement — “{statement}” — makes it hard for us to move; we hope you will leave some room.',
      'We heard your public line (“{statement}”); it makes it hard for us to give more just now.',
    ],
  },
  hold: {
    curt: ['Our offer stands.', 'Same offer. It is a fair one.', 'Nothing has changed on our side.'],
    plain: [
      'Our offer stands as it was.',
      'We see no reason to change our offer.',
      'We keep our previous offer on the table.',
    ],
    warm: [
      'We still think our last offer is the fair one.',
      'We would ask you to look again at our offer; it still stands.',
    ],
  },
  accept: {
    curt: [
      'Agreed. {cause} is enough for {factor}.',
      'Done: {cause} satisfies {factor}, and it passes at home.',
    ],
    plain: [
      'We accept: {cause} wins over {factor}, and our side can ratify this deal.',
      'We accept. With {cause}, {factor} will back the deal at home.',
    ],
    warm: [
      'We are pleased to accept — {cause} will win over {factor}, and we can ratify this at home.',
      'Gladly accepted: {cause} is something {factor} will welcome.',
    ],
  },
  acceptMoved: {
    curt: ['You moved on {issue}. We accept.', 'With your step on {issue}, we can sign.'],
    plain: [
      'Your step on {issue} makes the difference: we accept.',
      'With your move on {issue}, this is a deal we can ratify. We accept.',
    ],
    warm: [
      'Thank you for your step on {issue} — we gladly accept.',
      'Your movement on {issue} made this possible; we are happy to accept.',
    ],
  },
  acceptPlain: {
    curt: ['Agreed. It passes at home.', 'We accept.'],
    plain: ['We accept: this deal is better for our side than no deal, and it can pass at home.'],
    warm: ['We are glad to accept: this deal is good for our side and can pass at home.'],
  },
  walkAwayNothing: {
    curt: ['There is nothing here for us. We leave.'],
    plain: ['Nothing our side could ratify at home would leave us better off than walking away.'],
    warm: ['We are sorry: nothing we could ratify at home would leave us better off than no deal.'],
  },
  walkAwayTime: {
    curt: ['Time is up. No deal left beats walking away.'],
    plain: ['Time has run out: no deal left would leave our side better off than walking away.'],
    warm: ['We are sorry — time has run out, and no deal left would serve us better than walking away.'],
  },
  walkOut: {
    curt: ['Our final offer stood and you did not move. We are done.'],
    plain: [
      'Your latest offer does not move toward us, and our final offer stands: we are leaving the table.',
    ],
    warm: [
      'We hoped you would answer our final offer, but you have not moved; with regret, we are leaving the table.',
    ],
  },
  stand: {
    curt: ['Our offer stands: this is the deal we came for.', 'This is the deal we came for. It stands.'],
    plain: [
      'Our offer stands: this is the deal we came for.',
      'This is the deal we came for, and it stands.',
    ],
    warm: ['Our offer stands: this is the deal we came for.', 'This is the deal we came for, and it stands.'],
  },
  standAccept: {
    curt: ['We accept: this is the deal we asked for.'],
    plain: ['We accept: this is the deal we asked for.'],
    warm: ['We accept: this is the deal we asked for.'],
  },
};

/** A reciprocal move on the very issue they moved on: "you moved on X; we move on X" reads oddly. */
export const enReciprocateSame: Voiced = {
  curt: ['You moved on {theirIssue}. So do we.', 'On {theirIssue}, a step for a step.'],
  plain: [
    'You moved on {theirIssue}; we move there too.',
    'Your step on {theirIssue} deserves an answer, and we give it there.',
    'Since you gave ground on {theirIssue}, we give some there too.',
  ],
  warm: [
    'Thank you for moving on {theirIssue} — we are glad to meet you halfway there.',
    'Your step on {theirIssue} helps a great deal; we answer it with one of our own there.',
  ],
};

/** How the pieces of a reason read: an option on its issue, a linked pair, a broken statement. */
export const enReasonParts = {
  option: '{option} on {issue}',
  link: '{a} together with {b}',
  statement: 'breaking what we said in public (“{text}”)',
} as const;

/** Said before a final offer: the first time, and when it is repeated. {reason} is the rest. */
export const enFinalOffer: Readonly<Record<'first' | 'again', Voiced>> = {
  first: {
    curt: ['Final offer. {reason}', 'This is our last word. {reason}'],
    plain: ['This is our final offer. {reason}', 'We are making our final offer. {reason}'],
    warm: [
      'We have gone as far as we can — this is our final offer. {reason}',
      'This is our final offer, made in good faith. {reason}',
    ],
  },
  again: {
    curt: ['Our final offer stands. {reason}', 'Still our final offer. {reason}'],
    plain: ['Our final offer stands. {reason}', 'Our final offer is unchanged. {reason}'],
    warm: [
      'Our final offer still stands, and we hope you will take it. {reason}',
      'Our final offer is still on the table. {reason}',
    ],
  },
};

/** When every variant was said already: the reason once more, the last one marked with the round. */
export const enSaidAgain: readonly string[] = [
  '{reason} We said as much before.',
  '{reason} That has not changed.',
  '{reason} It still holds in round {round}.',
];
