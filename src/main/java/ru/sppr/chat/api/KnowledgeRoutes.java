package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static ru.sppr.chat.api.Authentication.caller;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.OriginalStore;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.user.Caller;

/** Search, sources (documents), upload, removal and reindexing. */
final class KnowledgeRoutes {
    private final KnowledgeBase knowledge;
    private final Path uploadSpill;
    /** The zone a wall time in {@code from} and {@code to} is read in (a console's day fields send it so). */
    private final ZoneId zone;
    private final SituationModel situation;
    /**
     * How long an upload or a removal waits, once its sources are stored and searchable, for the situation model to
     * follow it, so that the next question sees it there too; a large file answers earlier and the model follows after.
     */
    private static final Duration SITUATION_WAIT = Duration.ofSeconds(10);

    KnowledgeRoutes(KnowledgeBase knowledge, Path uploadSpill, SituationModel situation) {
        this.knowledge = knowledge;
        this.uploadSpill = uploadSpill;
        this.situation = situation;
        this.zone = situation.zone();
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(GET, "/chat/search", "knowledge", "Поиск по базе знаний: q, k, as_of, from, to, type, tag (в пределах допуска)", Access.USER, this::search),
                new ApiRoute(GET, "/chat/documents", "knowledge", "Источники: type, tag, from, to, q (в заголовке), limit, offset", Access.USER, this::list),
                new ApiRoute(POST, "/chat/documents", "knowledge", "Загрузить файлы (multipart: file, access, tags) — аналитик, администратор", Access.USER, this::upload),
                new ApiRoute(GET, "/chat/documents/{source_id}", "knowledge", "Источник с фрагментами", Access.USER, this::get),
                new ApiRoute(GET, "/chat/documents/{source_id}/original", "knowledge", "Исходный загруженный файл (если источник загружен через API)", Access.USER, this::original),
                new ApiRoute(DELETE, "/chat/documents/{source_id}", "knowledge", "Удалить источник — аналитик, администратор", Access.USER, this::delete),
                new ApiRoute(POST, "/chat/reindex", "knowledge", "Перестроить индекс из базы данных (администратор)", Access.ADMIN, this::reindex));
    }

    private void search(Context ctx) {
        Caller caller = caller(ctx);
        var request = new SearchRequest(ctx.queryParam("q"), QueryParams.intOr(ctx, "k", 10), caller.clearance(),
                knowledge.clock().instant(), QueryParams.optionalMoment(ctx, "as_of", zone), QueryParams.optionalMoment(ctx, "from", zone),
                QueryParams.optionalMoment(ctx, "to", zone), types(ctx), Set.copyOf(ctx.queryParams("tag")));
        ctx.json(Envelope.success(Map.of("hits", knowledge.search(request).stream().map(Views.HitView::of).toList())));
    }

    private void list(Context ctx) {
        Caller caller = caller(ctx);
        String type = ctx.queryParam("type");
        var query = new SourceQuery(caller.clearance(), type == null || type.isBlank() ? null : SourceType.parse("type", type),
                blankToNull(ctx.queryParam("tag")), QueryParams.optionalMoment(ctx, "from", zone), QueryParams.optionalMoment(ctx, "to", zone),
                blankToNull(ctx.queryParam("q")), QueryParams.intOr(ctx, "limit", 100), QueryParams.intOr(ctx, "offset", 0));
        ctx.json(Envelope.success(Map.of("sources", knowledge.sources(query).stream()
                .map(s -> Views.SourceView.of(s.source(), s.fragmentCount())).toList())));
    }

    private void get(Context ctx) {
        SourceDocument doc = knowledge.source(ctx.pathParam("source_id"), caller(ctx));
        var payload = new LinkedHashMap<String, Object>();
        payload.put("source", Views.SourceView.of(doc.source(), doc.fragments().size()));
        payload.put("fragments", doc.fragments().stream().map(f -> Map.of("ordinal", f.ordinal(), "text", f.text(),
                "location", f.location() == null ? "" : f.location(),
                "observed_at", f.observedAt() == null ? "" : f.observedAt().toString())).toList());
        ctx.json(Envelope.success(payload));
    }

    private void original(Context ctx) {
        String id = ctx.pathParam("source_id");
        OriginalStore.Original file = knowledge.original(id, caller(ctx))
                .orElseThrow(() -> new NotFoundException("у источника «" + id + "» нет загруженного файла"));
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                        file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .contentType("application/octet-stream").result(file.content());
    }

    private void upload(Context ctx) {
        Caller caller = caller(ctx);
        KnowledgeBase.requireEditor(caller);
        List<IngestReport> reports;
        try (var spill = UploadSpill.open(ctx, uploadSpill)) {
            reports = ingest(UploadForm.read(ctx), caller);
        }
        situation.awaitFollowed(SITUATION_WAIT);
        ctx.status(reports.stream().allMatch(r -> r.failed() == 0) ? 201 : 200)
                .json(Envelope.success(Map.of("files", reports.stream().flatMap(r -> r.files().stream()).toList())));
    }

    private List<IngestReport> ingest(UploadForm form, Caller caller) {
        List<IngestReport> reports = new ArrayList<>();
        for (UploadedFile file : form.files()) {
            try (InputStream in = file.content()) {
                reports.add(knowledge.upload(file.filename(), in, form.options(), caller));
            } catch (ConflictException duplicate) {
                if (form.files().size() == 1) {
                    throw duplicate;
                }
                reports.add(IngestReport.refused(file.filename(), duplicate.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reports;
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("source_id");
        Caller caller = caller(ctx);
        knowledge.source(id, caller);
        if (!knowledge.forget(id, caller)) {
            throw new NotFoundException("источник «" + id + "» не найден");
        }
        situation.awaitFollowed(SITUATION_WAIT);
        ctx.json(Envelope.success(Map.of("source_id", id, "removed", true)));
    }

    private void reindex(Context ctx) {
        knowledge.reindex(caller(ctx));
        ctx.json(Envelope.success(Map.of("index", knowledge.consistency())));
    }

    private static Set<SourceType> types(Context ctx) {
        return ctx.queryParams("type").stream().filter(t -> !t.isBlank()).map(t -> SourceType.parse("type", t))
                .collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
