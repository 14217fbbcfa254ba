package dev.annex.rt.mapping;

/** Annex's ticket priorities by the port's names ({@code TicketPriority} in the host); see {@link AnnexStatus}. */
public enum AnnexPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
