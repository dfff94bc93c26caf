package ru.sppr.chat.knowledge;

import java.util.List;

/** Finds the fragments most relevant to a request, best first, within the request's clearance and filters. */
public interface KnowledgeSearch {
    List<SearchHit> search(SearchRequest request);
}
