"""REST API for claims and their review: the claim queue and workflow (`claims`,
`actions`), the verdict and the rating scale (`review`), sources and notes (`evidence`),
the timeline (`timeline`), the verdict export (`verdicts`) and API tokens (`tokens`).

Views are thin: serializer in, one service or selector, serializer (or export renderer)
out; the services enforce every rule and their domain errors become `{"detail", "code"}`
responses. The field lists they answer with are declared once, in `reviews.outputs`.
"""
