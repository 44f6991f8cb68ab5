// The mail frames the class tables put a sentence in: a Japanese mail to a client (ja), an English one (en), and a
// mixed one (mx: a Japanese salutation and greeting around an English body). One helper for every round's class files,
// so that a case is written once as the sentence that matters and read as a whole mail.

/** A Japanese mail to a client's buyer: company, department and name with 様, the greeting, the body, the close. */
export const ja = (body: string): string =>
  `株式会社東邦精機\n資材部 佐藤様\n\nいつも大変お世話になっております。\nリンド社の中村です。\n\n${body}\n\n以上、よろしくお願いいたします。\n中村`;
/** An English mail to a client: salutation, the body, sign-off with name and role. */
export const en = (body: string): string => `Dear Ms Sato,\n\n${body}\n\nKind regards,\nErik Lind\nSales, Lind Components`;
/** A mixed mail: 佐藤様 and the Japanese greeting, an English body and sign-off. */
export const mx = (body: string): string => `佐藤様\n\nいつもお世話になっております。\n${body}\n\nBest regards,\nErik Lind`;

/** A case: the whole mail, or the mail with the part a finding must overlap (flagged) or must not (clean). */
export type MailCase = string | [text: string, part: string];
/** A case whose part is the sentence itself, located in the mail the frame built. */
export const at = (frame: (b: string) => string, body: string, part: string = body): MailCase => [frame(body), part];
