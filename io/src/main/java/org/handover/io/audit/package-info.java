/**
 * The audit trail: an append-only, hash-chained log of every change made to a store (sign-ins,
 * imports, decisions, users and roles), by the command line and the web application alike, with its
 * verification and CSV export. Depends on io's store, files and csv.
 */
package org.handover.io.audit;
