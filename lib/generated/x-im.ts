/* Generated from schemas/x-im.vocabulary.json by `npm run generate`. Do not edit. */

/**
 * The value of the x-im keyword in a command's schema: what tencent-im-callback needs to know about the command beside the shape of its body. ajv checks it against this schema whenever a command schema is compiled, in strict mode; npm run generate derives the command registry, the event types, the samples and the README's command table from it.
 */
export interface XIm {
  /**
   * The CallbackCommand, as IM sends it in the query.
   */
  command: string;
  /**
   * The command's family: the part of the command before the dot, as IM groups its callbacks.
   */
  family: string;
  /**
   * before: IM waits for the reply and acts on it. after: IM reports what happened and ignores the reply's verdict.
   */
  timing: 'before' | 'after';
  /**
   * When IM sends it, completing 'sent ...', e.g. 'after friends were added'.
   */
  summary: string;
  /**
   * The page of IM's documentation that defines the command.
   */
  doc: string;
  /**
   * The body's array field that the event exposes as `pairs`.
   */
  pairs?: string;
  /**
   * How a before-callback's listeners answer: the decision kind (a module of lib/commands/decisions/), where its targets are, and the codes that refuse.
   */
  decision?: {
    kind: 'friend-request';
    /**
     * Where the body lists the targets that the reply answers one by one.
     */
    targets: {
      /**
       * The body's array field.
       */
      list: string;
      /**
       * The field of each item that names the target.
       */
      account: string;
    };
    /**
     * The lowest and highest code that refuses, as IM documents them.
     *
     * @minItems 2
     * @maxItems 2
     */
    refusalCodes: [number, number];
  };
  /**
   * How samplePacket and the CLI vary the schema's example: the list that --pairs sets the length of, the field of each item that --to names, and the fields that --from names, at the top level or in each item.
   */
  sample?: {
    list?: string;
    to?: string;
    from?: string[];
  };
}
