// Validation alone: the package's friend-add schema compiled as the package compiles it
// (ajv, strict, allowUnionTypes, the x-im keyword), timed on packets of 1, 100 and 3,000 pairs.
const Ajv = require('ajv');
const { samplePacket } = require('tencent-im-callback/testing');
const schema = require('../schemas/sns/friend-add.schema.json');
const vocabulary = require('../schemas/x-im.vocabulary.json');

function benchValidation() {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
  const validate = ajv.compile(schema);
  return [1, 100, 3000].map((pairs) => {
    const packet = samplePacket('Sns.CallbackFriendAdd', { count: pairs });
    // About the same total work per size, so each sample takes tens of milliseconds.
    const iterations = Math.max(20, Math.round(300_000 / pairs));
    const samples = [];
    for (let sample = 0; sample < 7; sample++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) if (!validate(packet)) throw new Error('sample packet invalid');
      samples.push(Number(process.hrtime.bigint() - start) / iterations);
    }
    samples.sort((a, b) => a - b);
    const nanosPerCall = samples[3];
    return { pairs, microsPerCall: nanosPerCall / 1000, nanosPerPair: nanosPerCall / pairs };
  });
}

module.exports = { benchValidation };
