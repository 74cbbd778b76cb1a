/**
 * Who may use the web application: users with one {@link org.handover.io.access.Role} each,
 * passwords hashed with Argon2id, and signed-in sessions, kept in the store. Every change is
 * written to the audit trail in the same transaction. Depends on io's store and audit.
 */
package org.handover.io.access;
