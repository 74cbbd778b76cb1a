package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiContentProperty;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.handover.io.imports.ImportAudit;
import org.handover.io.imports.ImportException;
import org.handover.io.imports.ImportOption;
import org.handover.io.imports.ImportReport;
import org.handover.io.imports.ImportSpec;
import org.handover.io.imports.Importer;
import org.handover.io.manifest.Importers;
import org.handover.io.store.TheaterReader;

/**
 * Imports: their records (readers), and one file imported as {@code handover import KIND FILE} does
 * (analysts): all or nothing, every rejected row reported, audited with the file's SHA-256.
 */
final class ImportRoutes {
  static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
  private static final int SHOWN_REJECTIONS = 50;

  private final SharedStore store;
  private final StateHolder state;

  ImportRoutes(SharedStore store, StateHolder state) {
    this.store = store;
    this.state = state;
  }

  void register(Routes r) {
    r.get("/api/imports", Need.READ, this::list);
    r.post("/api/imports", Need.ANALYSE, this::importFile);
  }

  /** What one import did. */
  record Imported(
      @OpenApiName("import_id") long importId,
      String kind,
      String file,
      String sha256,
      @OpenApiName("rows_read") long rowsRead,
      @OpenApiName("rows_imported") long rowsImported,
      @OpenApiName("rows_rejected") long rowsRejected,
      List<String> rejections) {}

  /** An import's record, as handover imports lists it. */
  record ImportInfo(
      @OpenApiName("import_id") long importId,
      String theater,
      String kind,
      @OpenApiName("file_name") String fileName,
      String status,
      @OpenApiName("rows_read") long rowsRead,
      @OpenApiName("rows_imported") long rowsImported,
      @OpenApiName("rows_rejected") long rowsRejected,
      @OpenApiName("rows_unassigned") long rowsUnassigned,
      String sha256) {
    static ImportInfo of(TheaterReader.ImportRecord r) {
      return new ImportInfo(
          r.importId(),
          r.theater(),
          r.kind(),
          r.fileName(),
          r.status(),
          r.rowsRead(),
          r.rowsImported(),
          r.rowsRejected(),
          r.rowsUnassigned(),
          r.sha256());
    }
  }

  /** A refused import: nothing was imported; the first rejected rows, each with line and field. */
  record Refused(int status, String error, List<String> rejections, int rejected) {}

  @OpenApi(
      path = "/api/imports",
      methods = HttpMethod.GET,
      summary = "Every import's file, SHA-256, status and counts (as handover imports)",
      tags = "imports",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ImportInfo[].class)))
  void list(Context ctx) {
    ctx.json(store.with(s -> new TheaterReader(s).imports()).stream().map(ImportInfo::of).toList());
  }

  @OpenApi(
      path = "/api/imports",
      methods = HttpMethod.POST,
      summary =
          "Import one file (multipart form: kind, file, and the kind's options as fields), all or"
              + " nothing; the theater's data are reloaded",
      tags = "imports",
      requestBody =
          @OpenApiRequestBody(
              required = true,
              content =
                  @OpenApiContent(
                      mimeType = "multipart/form-data",
                      type = "object",
                      properties = {
                        @OpenApiContentProperty(name = "kind", type = "string"),
                        @OpenApiContentProperty(name = "file", type = "string", format = "binary")
                      })),
      responses = {
        @OpenApiResponse(status = "201", content = @OpenApiContent(from = Imported.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = Refused.class))
      })
  void importFile(Context ctx) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      throw ApiError.badRequest("send the import as multipart/form-data with fields kind and file");
    }
    String kind = Bodies.required("kind", ctx.formParam("kind"));
    Importer importer =
        Importers.kind(kind)
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "unknown import kind '" + kind + "'; known: " + Importers.kindNames()));
    Set<String> allowed = Importers.optionNames(importer);
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
      String name = e.getKey();
      if (name.equals("kind")) {
        continue;
      }
      if (!allowed.contains(name) || name.equals(ImportOption.REJECTS.name())) {
        throw ApiError.badRequest(
            "import kind '"
                + kind
                + "' takes no option '"
                + name
                + "' here; it takes: "
                + allowed.stream()
                    .filter(o -> !o.equals(ImportOption.REJECTS.name()))
                    .sorted()
                    .toList());
      }
      boolean fileOption =
          importer.options().stream().anyMatch(o -> o.name().equals(name) && o.inputFile());
      if (fileOption) {
        throw ApiError.badRequest(
            "option '"
                + name
                + "' names a file on the server; it cannot be given over the web:"
                + " use handover import on the command line");
      }
      options.put(name, Bodies.required(name, e.getValue().get(0)));
    }
    UploadedFile upload = ctx.uploadedFile("file");
    if (upload == null && Importers.needsFile(new ImportSpec(kind, null, options))) {
      throw ApiError.badRequest("import " + kind + " needs a file (field 'file')");
    }
    String actor = Guard.session(ctx).user().name();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("handover-upload-");
      Path file = null;
      if (upload != null) {
        file = dir.resolve(safeName(upload.filename()));
        try (InputStream in = upload.content()) {
          Files.copy(in, file);
        }
      }
      ImportSpec spec = new ImportSpec(kind, file, options);
      ImportReport r;
      try {
        r = store.with(s -> ImportAudit.by(actor, () -> Importers.run(s, state.theater(), spec)));
      } catch (ImportException e) {
        ctx.status(400)
            .json(
                new Refused(
                    400,
                    e.getMessage() + "; nothing was imported",
                    e.rejections().stream().limit(SHOWN_REJECTIONS).map(Object::toString).toList(),
                    e.rejections().size()));
        return;
      }
      state.reload();
      ctx.status(201)
          .json(
              new Imported(
                  r.importId(),
                  r.kind(),
                  r.file(),
                  r.sha256(),
                  r.rowsRead(),
                  r.rowsImported(),
                  r.rowsRejected(),
                  r.rejections().stream().limit(SHOWN_REJECTIONS).map(Object::toString).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    } finally {
      delete(dir);
    }
  }

  /** The uploaded file's own name, reduced to a safe one (it is recorded with the import). */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 100 ? base.substring(base.length() - 100) : base;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary file harms nothing
    }
  }
}
