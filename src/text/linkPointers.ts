/**
 * A pointer to material elsewhere, whose link the cleaning removed: live blogs tell the reader where to read the
 * ruling, watch the highlights or follow the reporter ("You can read the full ruling here.", "The heads of argument
 * can be read in full here."). Written once for the two places that read it: the sentence splitter cuts after a
 * pointer that ends in "here:" where the next sentence was run into it (the embedded document or tweet it announced
 * is gone), and the event furniture rule `link-pointer` keeps a pointer from being a timeline's event.
 */

/** What a reader is told they can do with the linked material. */
const READ_VERBS = String.raw`read|see|watch|view|find|follow|listen\s+to|download|hear`;

/**
 * The pointer up to its "here" (a regular expression's source, for the `u` flag; its words in lower case but the
 * first, as live blogs write them): "you can read … here", "can be read in full here", "is published here". No stop
 * or colon between the verb and "here", and not "from here" (a place: "you can see the coast from here").
 */
export const POINTER_TO_HERE =
  String.raw`\b(?:(?:[Yy]ou|[Rr]eaders)\s+can|can\s+be)\s+(?:also\s+)?(?:${READ_VERBS})\b` +
  String.raw`[^.!?:]{0,150}?(?<!\bfrom\s)\bhere\b` +
  String.raw`|\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:published|available|posted)\s+here\b`;

/** "here you can see the highlights": the pointer's "here" before its verb. */
export const HERE_BEFORE_POINTER = String.raw`\b[Hh]ere\s+you\s+can\s+(?:${READ_VERBS})\b`;

/** What a sentence opening on "here" offers when it points at a piece elsewhere. */
const OFFERED_PIECES = String.raw`report|story|live\s*blog|video|account|write-?up|piece`;

/**
 * "Here's my report on what we saw in court today.": a sentence that opens on "here" and the writer's own piece it
 * offers, whose link the cleaning removed (the furniture rule's only). Not "Here is a summary of the closing
 * arguments": a summary so announced follows in the article, and such a sentence leads it.
 */
export const HERE_IS_POINTER =
  String.raw`^\W*[Hh]ere(?:['’]s|\s+is)\s+(?:my|our)\s+(?:full\s+|latest\s+)?` +
  String.raw`(?:${OFFERED_PIECES})\b`;
