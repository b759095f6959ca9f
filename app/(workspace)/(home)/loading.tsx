// Not at the (workspace) root on purpose: a loading.tsx there would wrap /corpora/[id] and /analyses/[id]
// in a Suspense boundary, so their notFound() would stream a 200 instead of answering 404.
export { PageSkeleton as default } from "@/components/layout/page-skeleton";
