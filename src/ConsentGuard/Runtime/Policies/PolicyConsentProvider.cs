using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// Applies a <see cref="ConsentPolicy"/> on top of any <see cref="IConsentProvider"/>: a subject is
    /// granted only when the inner provider records their consent and no policy rule excludes them.
    /// The policy can only take consent away. Fails closed: an inner provider or jurisdiction
    /// provider that throws means "not granted" (<see cref="PolicyDecision.Error"/>), logged, never an
    /// exception to the caller. The one exception that does pass is an
    /// <see cref="OperationCanceledException"/> for the caller's own cancellation token: the caller
    /// asked to stop, and a cancelled export should stop rather than finish as "nobody consented".
    /// </summary>
    public sealed class PolicyConsentProvider : IConsentProvider
    {
        private readonly IConsentProvider _inner;
        private readonly ConsentPolicy _policy;
        private readonly ISubjectJurisdictionProvider? _jurisdictions;
        private readonly IConsentLog _log;

        /// <param name="inner">The provider that records what people chose.</param>
        /// <param name="policy">The rules to apply on top.</param>
        /// <param name="jurisdictions">Where subjects are; required when <paramref name="policy"/> excludes jurisdictions.</param>
        /// <param name="log">Where failures and fail-closed answers are reported.</param>
        /// <exception cref="ArgumentException">The policy excludes jurisdictions but no jurisdiction provider is given.</exception>
        public PolicyConsentProvider(IConsentProvider inner, ConsentPolicy policy, ISubjectJurisdictionProvider? jurisdictions = null, IConsentLog? log = null)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _policy = policy ?? throw new ArgumentNullException(nameof(policy));
            // A misconfiguration is reported when the application starts, not as a flood of refusals later.
            if (jurisdictions is null && _policy.PurposesWithExclusions.Count > 0)
                throw new ArgumentException("The policy excludes jurisdictions, so a jurisdiction provider is required.", nameof(jurisdictions));
            _jurisdictions = jurisdictions;
            _log = log ?? ConsentLog.None;
        }

        /// <summary>The policy in force.</summary>
        public ConsentPolicy Policy => _policy;

        /// <inheritdoc />
        public bool IsGranted(string subjectId, string purpose) => Evaluate(subjectId, purpose) == PolicyDecision.Granted;

        /// <inheritdoc />
        public async ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
            await EvaluateAsync(subjectId, purpose, cancellationToken).ConfigureAwait(false) == PolicyDecision.Granted;

        /// <inheritdoc />
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            var granted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in EvaluateMany(subjectIds, purpose))
                if (pair.Value == PolicyDecision.Granted)
                    granted.Add(pair.Key);
            return granted;
        }

        /// <summary>Decides for one subject, saying why.</summary>
        public PolicyDecision Evaluate(string subjectId, string purpose)
        {
            if (string.IsNullOrEmpty(subjectId) || string.IsNullOrEmpty(purpose))
                return PolicyDecision.NotGranted;
            try
            {
                var byJurisdiction = JurisdictionDecision(purpose, () => _jurisdictions!.GetJurisdiction(subjectId));
                if (byJurisdiction != null)
                    return byJurisdiction.Value;
                return _inner.IsGranted(subjectId, purpose) ? PolicyDecision.Granted : PolicyDecision.NotGranted;
            }
            catch (Exception ex)
            {
                return Failed(purpose, ex);
            }
        }

        /// <summary>Decides for one subject, saying why.</summary>
        public async ValueTask<PolicyDecision> EvaluateAsync(string subjectId, string purpose, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(subjectId) || string.IsNullOrEmpty(purpose))
                return PolicyDecision.NotGranted;
            try
            {
                if (_policy.HasJurisdictionExclusions(purpose))
                {
                    var jurisdiction = await UntilCancelled(_jurisdictions!.GetJurisdictionAsync(subjectId, cancellationToken), cancellationToken).ConfigureAwait(false);
                    var byJurisdiction = JurisdictionDecision(purpose, () => jurisdiction);
                    if (byJurisdiction != null)
                        return byJurisdiction.Value;
                }
                return await UntilCancelled(_inner.IsGrantedAsync(subjectId, purpose, cancellationToken), cancellationToken).ConfigureAwait(false)
                    ? PolicyDecision.Granted
                    : PolicyDecision.NotGranted;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Failed(purpose, ex);
            }
        }

        /// <summary>
        /// Waits for <paramref name="pending"/>, or for <paramref name="cancellationToken"/>, whichever comes first: a
        /// provider that ignores the token it was given (a remote call with no timeout) must not keep a caller who
        /// cancelled waiting. An answer that is already there costs nothing extra. The abandoned look-up's eventual
        /// failure is observed, so it is not reported as an unobserved task exception.
        /// </summary>
        private static async ValueTask<T> UntilCancelled<T>(ValueTask<T> pending, CancellationToken cancellationToken)
        {
            if (pending.IsCompleted || !cancellationToken.CanBeCanceled)
                return await pending.ConfigureAwait(false);
            var answer = pending.AsTask();
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                if (await Task.WhenAny(answer, cancelled.Task).ConfigureAwait(false) != answer)
                {
                    _ = answer.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    throw new OperationCanceledException(cancellationToken);
                }
            }
            return await answer.ConfigureAwait(false);
        }

        /// <summary>
        /// Decides for many subjects with one batched jurisdiction look-up and one batched consent
        /// look-up. Each distinct non-empty id in <paramref name="subjectIds"/> gets a decision.
        /// </summary>
        public IReadOnlyDictionary<string, PolicyDecision> EvaluateMany(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            var decisions = new Dictionary<string, PolicyDecision>(StringComparer.Ordinal);
            if (subjectIds is null)
                return decisions;
            foreach (var id in subjectIds)
                if (!string.IsNullOrEmpty(id))
                    decisions[id] = PolicyDecision.NotGranted;
            if (decisions.Count == 0 || string.IsNullOrEmpty(purpose))
                return decisions;

            List<string> eligible;
            try
            {
                eligible = ApplyJurisdictions(decisions, purpose);
            }
            catch (Exception ex)
            {
                SetAll(decisions, decisions.Keys, Failed(purpose, ex));
                return decisions;
            }
            if (eligible.Count == 0)
                return decisions;

            try
            {
                // Only ids we asked about count: a faulty provider cannot widen the set.
                foreach (var id in _inner.GetGrantedSubjects(eligible, purpose))
                    if (id != null && decisions.TryGetValue(id, out var current) && current == PolicyDecision.NotGranted)
                        decisions[id] = PolicyDecision.Granted;
            }
            catch (Exception ex)
            {
                SetAll(decisions, eligible, Failed(purpose, ex));
            }
            return decisions;
        }

        /// <summary>
        /// Marks subjects excluded by jurisdiction (or whose jurisdiction is unknown) and returns the
        /// ids still eligible for the consent look-up.
        /// </summary>
        private List<string> ApplyJurisdictions(Dictionary<string, PolicyDecision> decisions, string purpose)
        {
            var ids = new List<string>(decisions.Keys);
            if (!_policy.HasJurisdictionExclusions(purpose))
                return ids;

            var known = _jurisdictions!.GetJurisdictions(ids) ?? new Dictionary<string, string>();
            var eligible = new List<string>(ids.Count);
            var unknown = 0;
            foreach (var id in ids)
            {
                known.TryGetValue(id, out var code);
                var decision = JurisdictionDecision(purpose, code, log: false);
                if (decision is null)
                    eligible.Add(id);
                else
                    decisions[id] = decision.Value;
                if (decision == PolicyDecision.UnknownJurisdiction)
                    unknown++;
            }
            if (unknown > 0)
                _log.SafeLog(ConsentLogLevel.Warning, $"{unknown} subject(s) with unknown or malformed jurisdiction refused for '{purpose}', which has jurisdiction exclusions.");
            return eligible;
        }

        /// <summary>
        /// The decision the jurisdiction rules force, or null when they leave it to the person's
        /// consent. Unknown jurisdiction for a purpose with exclusions is a refusal: the policy cannot
        /// show the subject is outside the excluded places, so it must assume they may be inside.
        /// </summary>
        private PolicyDecision? JurisdictionDecision(string purpose, Func<string?> lookUp)
        {
            if (!_policy.HasJurisdictionExclusions(purpose))
                return null;
            return JurisdictionDecision(purpose, lookUp(), log: true);
        }

        private PolicyDecision? JurisdictionDecision(string purpose, string? jurisdiction, bool log)
        {
            var normalized = Jurisdictions.Normalize(jurisdiction);
            // A value that is not a code ("Germany", "DEU") cannot be shown to be outside the excluded places either.
            if (normalized is null || !Jurisdictions.IsWellFormed(normalized))
            {
                if (log)
                    _log.SafeLog(ConsentLogLevel.Warning, $"Subject with unknown or malformed jurisdiction refused for '{purpose}', which has jurisdiction exclusions.");
                return PolicyDecision.UnknownJurisdiction;
            }
            return _policy.IsExcluded(purpose, normalized) ? PolicyDecision.ExcludedByJurisdiction : (PolicyDecision?)null;
        }

        private PolicyDecision Failed(string purpose, Exception ex)
        {
            _log.SafeLog(ConsentLogLevel.Error, $"Consent look-up for '{purpose}' failed; answered \"not granted\".", ex);
            return PolicyDecision.Error;
        }

        private static void SetAll(Dictionary<string, PolicyDecision> decisions, IEnumerable<string> ids, PolicyDecision decision)
        {
            foreach (var id in new List<string>(ids))
                decisions[id] = decision;
        }
    }
}
