package org.handover.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiName;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import java.util.Optional;
import org.handover.engine.HandoverException;
import org.handover.io.access.Role;
import org.handover.io.access.User;
import org.handover.io.access.Users;
import org.handover.io.audit.AuditEntry;
import org.handover.io.audit.AuditLog;

/** Users, roles and the audit trail: administrators only. */
final class AdminRoutes {
  private static final int MAX_PAGE = 1000;

  private final SharedStore store;
  private final Accounts accounts;

  AdminRoutes(SharedStore store, Accounts accounts) {
    this.store = store;
    this.accounts = accounts;
  }

  void register(Routes r) {
    r.get("/api/users", Need.ADMINISTER, this::users);
    r.post("/api/users", Need.ADMINISTER, this::addUser);
    r.put("/api/users/{name}/role", Need.ADMINISTER, this::setRole);
    r.put("/api/users/{name}/disabled", Need.ADMINISTER, this::setDisabled);
    r.get("/api/audit", Need.ADMINISTER, this::audit);
    r.get("/api/audit/verify", Need.ADMINISTER, this::verify);
  }

  /** A new user. */
  record NewUser(String name, String role, String password) {}

  /** A new role. */
  record RoleChange(String role) {}

  /** Disabled or enabled. */
  record DisabledChange(boolean disabled) {}

  /** An entry of the audit trail. */
  record AuditInfo(
      long seq,
      String at,
      String actor,
      String action,
      String subject,
      String details,
      @OpenApiName("previous_hash") String previousHash,
      String hash) {
    static AuditInfo of(AuditEntry e) {
      return new AuditInfo(
          e.seq(),
          e.at(),
          e.actor(),
          e.action(),
          e.subject(),
          e.details(),
          e.previousHash(),
          e.hash());
    }
  }

  /** A page of the audit trail; {@code next} is the first entry of the next page. */
  record AuditPage(List<AuditInfo> entries, long next) {}

  /** The chain's check. */
  record Verification(
      boolean intact,
      long entries,
      @OpenApiName("last_hash") String lastHash,
      @OpenApiName("broken_at") Long brokenAt,
      String reason) {}

  @OpenApi(
      path = "/api/users",
      methods = HttpMethod.GET,
      summary = "Every user and role",
      tags = "administration",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = UserInfo[].class)))
  void users(Context ctx) {
    ctx.json(store.with(Users::all).stream().map(UserInfo::of).toList());
  }

  @OpenApi(
      path = "/api/users",
      methods = HttpMethod.POST,
      summary = "Add a user with a role (audited)",
      tags = "administration",
      requestBody =
          @OpenApiRequestBody(required = true, content = @OpenApiContent(from = NewUser.class)),
      responses = {
        @OpenApiResponse(status = "201", content = @OpenApiContent(from = UserInfo.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void addUser(Context ctx) {
    NewUser req = Bodies.read(ctx, NewUser.class);
    String name = Bodies.required("name", req.name());
    Role role = role(Bodies.required("role", req.role()));
    char[] password = Bodies.required("password", req.password()).toCharArray();
    String actor = Guard.session(ctx).user().name();
    User u = store.with(s -> Users.add(s, name, role, password, actor));
    ctx.status(201).json(UserInfo.of(u));
  }

  @OpenApi(
      path = "/api/users/{name}/role",
      methods = HttpMethod.PUT,
      summary = "Change a user's role (audited; their sessions see it at once)",
      tags = "administration",
      pathParams = @OpenApiParam(name = "name", required = true),
      requestBody =
          @OpenApiRequestBody(required = true, content = @OpenApiContent(from = RoleChange.class)),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = UserInfo.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void setRole(Context ctx) {
    RoleChange req = Bodies.read(ctx, RoleChange.class);
    Role role = role(Bodies.required("role", req.role()));
    String name = existing(ctx.pathParam("name"));
    String actor = Guard.session(ctx).user().name();
    if (name.equals(actor) && role != Role.ADMINISTRATOR) {
      throw ApiError.badRequest(
          "an administrator cannot take away their own role: another administrator must");
    }
    User u = store.with(s -> Users.setRole(s, name, role, actor));
    accounts.forgetAll();
    ctx.json(UserInfo.of(u));
  }

  @OpenApi(
      path = "/api/users/{name}/disabled",
      methods = HttpMethod.PUT,
      summary = "Disable a user (their sessions end) or enable them again (audited)",
      tags = "administration",
      pathParams = @OpenApiParam(name = "name", required = true),
      requestBody =
          @OpenApiRequestBody(
              required = true,
              content = @OpenApiContent(from = DisabledChange.class)),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = UserInfo.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class)),
        @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorBody.class))
      })
  void setDisabled(Context ctx) {
    DisabledChange req = Bodies.read(ctx, DisabledChange.class);
    String name = existing(ctx.pathParam("name"));
    String actor = Guard.session(ctx).user().name();
    if (name.equals(actor) && req.disabled()) {
      throw ApiError.badRequest("an administrator cannot disable themselves");
    }
    User u = store.with(s -> Users.setDisabled(s, name, req.disabled(), actor));
    accounts.forgetAll();
    ctx.json(UserInfo.of(u));
  }

  @OpenApi(
      path = "/api/audit",
      methods = HttpMethod.GET,
      summary = "The audit trail, oldest first, a page at a time",
      tags = "administration",
      queryParams = {
        @OpenApiParam(name = "from", type = Long.class, description = "first entry (default 1)"),
        @OpenApiParam(
            name = "limit",
            type = Integer.class,
            description = "at most 1000 (default 100)")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = AuditPage.class)),
        @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorBody.class))
      })
  void audit(Context ctx) {
    long from = number(ctx, "from", 1, 1, Long.MAX_VALUE - MAX_PAGE);
    long limit = number(ctx, "limit", 100, 1, MAX_PAGE);
    List<AuditEntry> page = store.with(s -> AuditLog.entries(s, from, from + limit));
    ctx.json(new AuditPage(page.stream().map(AuditInfo::of).toList(), from + limit));
  }

  @OpenApi(
      path = "/api/audit/verify",
      methods = HttpMethod.GET,
      summary = "Check the audit trail's hash chain (as handover audit verify)",
      tags = "administration",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = Verification.class)))
  void verify(Context ctx) {
    Verification v =
        store.with(
            s -> {
              Optional<AuditLog.Break> b = AuditLog.verify(s);
              AuditLog.Head head = AuditLog.head(s);
              return new Verification(
                  b.isEmpty(),
                  head.seq(),
                  head.hash(),
                  b.map(AuditLog.Break::seq).orElse(null),
                  b.map(AuditLog.Break::reason).orElse(null));
            });
    ctx.json(v);
  }

  private static Role role(String id) {
    try {
      return Role.parse(id);
    } catch (HandoverException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private String existing(String name) {
    if (store.with(s -> Users.find(s, name)).isEmpty()) {
      throw ApiError.notFound("no user '" + name + "'");
    }
    return name;
  }

  static long number(Context ctx, String name, long fallback, long min, long max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " '" + text + "' is not a whole number");
    }
    if (v < min || v > max) {
      throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", not " + v);
    }
    return v;
  }
}
