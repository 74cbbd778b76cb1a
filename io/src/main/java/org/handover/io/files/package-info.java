/**
 * The two checks every file Handover touches goes through. {@link org.handover.io.files.InputFiles}
 * opens what a command reads: regular files only (a device, FIFO or folder is refused before a byte
 * is read, so {@code /dev/zero} as a config file cannot hang or exhaust memory) and configuration
 * files within a size limit. {@link org.handover.io.files.OutputGuard} decides what a command may
 * write and writes it atomically: never over the database or an input of the same command, never
 * into an existing file, device or FIFO unless the user said {@code --force}, and through a
 * temporary file in the same folder, so a failed write leaves the old file (or none). Depends on
 * nothing but the engine's exception.
 */
package org.handover.io.files;
