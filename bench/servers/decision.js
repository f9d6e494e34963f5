// The decision both H and I make: every text element's banned word masked.
function maskMessage(msgBody) {
  return msgBody.map((element) =>
    element.MsgType === 'TIMTextElem'
      ? { ...element, MsgContent: { ...element.MsgContent, Text: element.MsgContent.Text.replace(/darn/g, '****') } }
      : element,
  );
}

module.exports = { maskMessage };
