import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A text a visit note had before one of its edits. */
export type NoteVersion = { version: number; body: string; writtenAt: string; writtenByName: string };

export function noteVersionsQueryOptions(noteId: string) {
  return queryOptions({
    queryKey: ['note-versions', noteId],
    queryFn: () => api.get<NoteVersion[]>(`/api/notes/${encodeURIComponent(noteId)}/versions`),
  });
}

/** Fetched only once asked for: each read is written to the patient's access log. */
export function useNoteVersions(noteId: string, enabled: boolean) {
  return useQuery({ ...noteVersionsQueryOptions(noteId), enabled });
}
