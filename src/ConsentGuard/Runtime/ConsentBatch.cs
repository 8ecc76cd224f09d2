using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// Batched, streaming consent look-ups behind the generated <c>For{Purpose}</c> extension methods over
    /// <see cref="IEnumerable{T}"/>. Called by generated code; rarely useful by hand.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The generated extension class lives outside the annotated type, so it cannot read a private
    /// <c>[DataSubject]</c> or personal member. Instead it hands <see cref="Answer{TItem}"/> the type's own generated
    /// accessor (<c>(item, provider) =&gt; item.ForX(provider)</c>), and the helper:
    /// </para>
    /// <list type="number">
    /// <item>reads the source lazily, one chunk of at most <c>chunkSize</c> elements at a time;</item>
    /// <item>calls each element's accessor with a provider that only <em>records</em> which subject it asks about and
    /// always answers "not granted", so this pass can never produce data;</item>
    /// <item>looks the chunk's distinct subjects up with one <see cref="IConsentProvider.GetGrantedSubjects"/> call;</item>
    /// <item>yields each element whose subject was granted, paired with a provider that answers from that one result.</item>
    /// </list>
    /// <para>
    /// The generated code then calls each element's accessor again with that provider and yields the views it
    /// returns. So the consent decision stays in the accessor, which the analyzer verifies; the store sees one
    /// round-trip per chunk; memory is bounded by the chunk; and an infinite source works. A failing batch look-up
    /// means "none granted" for that chunk. Answers are as fresh as the chunk's look-up: a revocation lands, at the
    /// latest, with the next chunk.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static class ConsentBatch
    {
        /// <summary>How many elements share one batched consent look-up unless a caller says otherwise.</summary>
        public const int DefaultChunkSize = 1024;

        /// <summary>
        /// The elements of <paramref name="source"/> whose subject has consent in force for <paramref name="purpose"/>,
        /// each with a provider that answers for it from one batched look-up per chunk of elements.
        /// </summary>
        /// <typeparam name="TItem">The element type (the annotated type).</typeparam>
        /// <param name="source">The elements; read lazily, never materialized beyond one chunk. Null elements are skipped.</param>
        /// <param name="consent">The provider, asked once per chunk with <see cref="IConsentProvider.GetGrantedSubjects"/>.</param>
        /// <param name="purpose">The purpose the accessor checks.</param>
        /// <param name="accessor">
        /// A generated single-element accessor: asks its provider's <see cref="IConsentProvider.IsGranted"/> for the
        /// element's subject and <paramref name="purpose"/>, and returns data only when it answers true. Used here only
        /// to learn which subject each element would ask about.
        /// </param>
        /// <param name="chunkSize">Elements per batched look-up (at least 1).</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkSize"/> is less than 1.</exception>
        public static IEnumerable<ConsentBatchEntry<TItem>> Answer<TItem>(
            IEnumerable<TItem> source,
            IConsentProvider consent,
            string purpose,
            Func<TItem, IConsentProvider, object?> accessor,
            int chunkSize = DefaultChunkSize)
        {
            // Validated here, eagerly, so a bad call fails where it is made rather than at the first MoveNext.
            if (source is null) throw new ArgumentNullException(nameof(source));
            if (consent is null) throw new ArgumentNullException(nameof(consent));
            if (purpose is null) throw new ArgumentNullException(nameof(purpose));
            if (accessor is null) throw new ArgumentNullException(nameof(accessor));
            if (chunkSize < 1) throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, "A chunk holds at least one element.");
            return Stream(source, consent, purpose, accessor, chunkSize);
        }

        private static IEnumerable<ConsentBatchEntry<TItem>> Stream<TItem>(
            IEnumerable<TItem> source, IConsentProvider consent, string purpose, Func<TItem, IConsentProvider, object?> accessor, int chunkSize)
        {
            var chunk = new List<TItem>(Math.Min(chunkSize, DefaultChunkSize));
            var subjects = new List<string?>(chunk.Capacity);
            var recorder = new SubjectRecorder(purpose);
            using (var enumerator = source.GetEnumerator())
            {
                while (FillChunk(enumerator, chunk, chunkSize))
                {
                    var distinct = RecordSubjects(chunk, accessor, recorder, subjects);
                    var answers = new ChunkAnswers(purpose, LookUp(consent, distinct, purpose));
                    for (var i = 0; i < chunk.Count; i++)
                        if (subjects[i] is { } subject && answers.Has(subject))
                            yield return new ConsentBatchEntry<TItem>(chunk[i], answers);
                }
            }
        }

        /// <summary>Reads up to <paramref name="chunkSize"/> non-null elements; false when the source had none left.</summary>
        private static bool FillChunk<TItem>(IEnumerator<TItem> enumerator, List<TItem> chunk, int chunkSize)
        {
            chunk.Clear();
            while (chunk.Count < chunkSize && enumerator.MoveNext())
            {
                var item = enumerator.Current;
                if (item is not null)
                    chunk.Add(item);
            }
            return chunk.Count > 0;
        }

        /// <summary>Pass 1: which subject each element's accessor would check (null: none, or the accessor misbehaved). Returns the distinct subjects.</summary>
        private static string[] RecordSubjects<TItem>(List<TItem> chunk, Func<TItem, IConsentProvider, object?> accessor, SubjectRecorder recorder, List<string?> subjects)
        {
            subjects.Clear();
            var distinct = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in chunk)
            {
                recorder.Reset();
                // The recorder never grants, so a well-behaved accessor returns null here. One that returns data anyway
                // does not depend on its provider: its element is not passed on (fail closed).
                var subject = accessor(item, recorder) is null ? recorder.Subject : null;
                subjects.Add(subject);
                if (subject is not null && seen.Add(subject))
                    distinct.Add(subject);
            }
            return distinct.ToArray();
        }

        /// <summary>
        /// One batched look-up. Fails closed: an exception or a null answer means none of the chunk is granted.
        /// The answer is read once, here, into a set of the asked ids compared ordinally: the provider's set is never
        /// asked later, so a set whose <c>Contains</c> is wider than its contents (a lax comparer, a lie) cannot grant a
        /// subject it does not list, and one that throws when read fails its chunk instead of the caller's enumeration.
        /// </summary>
        private static HashSet<string>? LookUp(IConsentProvider consent, string[] subjects, string purpose)
        {
            if (subjects.Length == 0)
                return null;
            try
            {
                var answer = consent.GetGrantedSubjects(subjects, purpose);
                if (answer is null)
                    return null;
                var asked = new HashSet<string>(subjects, StringComparer.Ordinal);
                var granted = new HashSet<string>(StringComparer.Ordinal);
                foreach (var id in answer)
                    if (id is not null && asked.Contains(id))
                        granted.Add(id);
                return granted;
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>Pass 1's provider: remembers the subject asked about for the purpose and never grants.</summary>
        private sealed class SubjectRecorder : IConsentProvider
        {
            private readonly string _purpose;

            public SubjectRecorder(string purpose) => _purpose = purpose;

            public string? Subject { get; private set; }

            public void Reset() => Subject = null;

            public bool IsGranted(string subjectId, string purpose)
            {
                if (Subject is null && string.Equals(purpose, _purpose, StringComparison.Ordinal) && !string.IsNullOrEmpty(subjectId))
                    Subject = subjectId;
                return false;
            }

            public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
                new ValueTask<bool>(IsGranted(subjectId, purpose));

            public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose) => new HashSet<string>();
        }

        /// <summary>The provider handed out with each entry: answers from the chunk's one batched look-up, for that purpose only.</summary>
        private sealed class ChunkAnswers : IConsentProvider
        {
            private readonly string _purpose;
            private readonly HashSet<string>? _granted;

            public ChunkAnswers(string purpose, HashSet<string>? granted)
            {
                _purpose = purpose;
                _granted = granted;
            }

            public bool Has(string subjectId) => _granted is not null && _granted.Contains(subjectId);

            public bool IsGranted(string subjectId, string purpose) =>
                string.Equals(purpose, _purpose, StringComparison.Ordinal) && subjectId is not null && Has(subjectId);

            public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
                new ValueTask<bool>(IsGranted(subjectId, purpose));

            public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
            {
                var granted = new HashSet<string>(StringComparer.Ordinal);
                if (subjectIds is not null)
                    foreach (var id in subjectIds)
                        if (IsGranted(id, purpose))
                            granted.Add(id);
                return granted;
            }
        }
    }
}
