package dev.annex.host.helpdesk.rt.client;

/**
 * A message of a reply or comment: RT keeps its text in the transaction's attachments.
 *
 * @param content the text as RT stores it (collections return it raw, not base64)
 */
public record RtMessage(long attachmentId, String contentType, String content) {
}
