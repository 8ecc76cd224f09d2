using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// Applies a <see cref="ConsentPolicy"/> on top of any <see cref="IConsentProvider"/>: a subject is
    /// granted only when the purpose's legal basis allows it (consent: the inner provider records their opt-in;
    /// legitimate interest: the <see cref="IObjectionRegister"/> shows them notified in time and not objected) and no
    /// policy rule excludes them. Fails closed: an inner provider, objection register or jurisdiction
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
        private readonly IObjectionRegister? _objections;
        private readonly IConsentClock _clock;

        /// <param name="inner">The provider that records what people chose.</param>
        /// <param name="policy">The rules to apply on top.</param>
        /// <param name="jurisdictions">Where subjects are; required when <paramref name="policy"/> excludes jurisdictions or asks some for consent.</param>
        /// <param name="log">Where failures and fail-closed answers are reported.</param>
        /// <param name="objections">Notices and objections; required when <paramref name="policy"/> has a legitimate-interest purpose.</param>
        /// <param name="clock">The processing instant a legitimate-interest answer is for; the system clock by default.</param>
        /// <exception cref="ArgumentException">The policy needs a jurisdiction provider or an objection register that is not given.</exception>
        public PolicyConsentProvider(IConsentProvider inner, ConsentPolicy policy, ISubjectJurisdictionProvider? jurisdictions = null, IConsentLog? log = null,
                                     IObjectionRegister? objections = null, IConsentClock? clock = null)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _policy = policy ?? throw new ArgumentNullException(nameof(policy));
            // A misconfiguration is reported when the application starts, not as a flood of refusals later.
            if (jurisdictions is null && _policy.PurposesNeedingJurisdiction.Count > 0)
                throw new ArgumentException("The policy excludes jurisdictions or asks some for consent, so a jurisdiction provider is required.", nameof(jurisdictions));
            if (objections is null && _policy.LegitimateInterests.Count > 0)
                throw new ArgumentException("The policy puts a purpose on legitimate interest, so an objection register is required.", nameof(objections));
            _jurisdictions = jurisdictions;
            _log = log ?? ConsentLog.None;
            _objections = objections;
            _clock = clock ?? ConsentClock.System;
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
                var jurisdiction = _policy.NeedsJurisdiction(purpose) ? _jurisdictions!.GetJurisdiction(subjectId) : null;
                var byJurisdiction = JurisdictionDecision(purpose, jurisdiction, log: true);
                if (byJurisdiction != null)
                    return byJurisdiction.Value;
                if (LegitimateInterestFor(purpose, jurisdiction) is { } basis)
                    return ByObjections(subjectId, purpose, basis);
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
                string? jurisdiction = null;
                if (_policy.NeedsJurisdiction(purpose))
                {
                    jurisdiction = await UntilCancelled(_jurisdictions!.GetJurisdictionAsync(subjectId, cancellationToken), cancellationToken).ConfigureAwait(false);
                    var byJurisdiction = JurisdictionDecision(purpose, jurisdiction, log: true);
                    if (byJurisdiction != null)
                        return byJurisdiction.Value;
                }
                // The objection register has no asynchronous form: its stores answer in-process (SQLite) or from one indexed query.
                if (LegitimateInterestFor(purpose, jurisdiction) is { } basis)
                    return ByObjections(subjectId, purpose, basis);
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

        /// <summary>The legitimate interest that decides <paramref name="purpose"/> for a subject in <paramref name="jurisdiction"/>; null when consent decides.</summary>
        private LegitimateInterest? LegitimateInterestFor(string purpose, string? jurisdiction) =>
            _policy.GetLegitimateInterest(purpose) is { } basis && !_policy.RequiresConsent(purpose, jurisdiction) ? basis : null;

        private PolicyDecision ByObjections(string subjectId, string purpose, LegitimateInterest basis)
        {
            var now = _clock.UtcNow;
            var records = _objections!.GetObjectionRecords(new[] { subjectId }, purpose, now);
            records.TryGetValue(subjectId, out var record);
            return ToDecision(basis.StatusOf(record, now));
        }

        private static PolicyDecision ToDecision(ObjectionStatus status) => status switch
        {
            ObjectionStatus.NotObjected => PolicyDecision.Granted,
            ObjectionStatus.Objected => PolicyDecision.Objected,
            _ => PolicyDecision.NotNotified,
        };

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
            IReadOnlyDictionary<string, string> known;
            try
            {
                eligible = ApplyJurisdictions(decisions, purpose, out known);
            }
            catch (Exception ex)
            {
                SetAll(decisions, decisions.Keys, Failed(purpose, ex));
                return decisions;
            }
            if (eligible.Count == 0)
                return decisions;

            var byConsent = eligible;
            if (_policy.GetLegitimateInterest(purpose) is { } basis)
            {
                byConsent = new List<string>();
                var byObjections = new List<string>();
                foreach (var id in eligible)
                {
                    known.TryGetValue(id, out var code);
                    (LegitimateInterestFor(purpose, code) is null ? byConsent : byObjections).Add(id);
                }
                DecideByObjections(decisions, byObjections, purpose, basis);
            }
            if (byConsent.Count == 0)
                return decisions;

            try
            {
                // Only ids we asked about count: a faulty provider cannot widen the set.
                foreach (var id in _inner.GetGrantedSubjects(byConsent, purpose))
                    if (id != null && decisions.TryGetValue(id, out var current) && current == PolicyDecision.NotGranted)
                        decisions[id] = PolicyDecision.Granted;
            }
            catch (Exception ex)
            {
                SetAll(decisions, byConsent, Failed(purpose, ex));
            }
            return decisions;
        }

        /// <summary>One batched objection look-up for the subjects a legitimate interest decides.</summary>
        private void DecideByObjections(Dictionary<string, PolicyDecision> decisions, List<string> ids, string purpose, LegitimateInterest basis)
        {
            if (ids.Count == 0)
                return;
            try
            {
                var now = _clock.UtcNow;
                var records = _objections!.GetObjectionRecords(ids, purpose, now) ?? new Dictionary<string, ObjectionRecord>();
                // Only ids we asked about get an answer, and each from its own record.
                foreach (var id in ids)
                {
                    records.TryGetValue(id, out var record);
                    decisions[id] = ToDecision(basis.StatusOf(record, now));
                }
            }
            catch (Exception ex)
            {
                SetAll(decisions, ids, Failed(purpose, ex));
            }
        }

        /// <summary>
        /// Marks subjects excluded by jurisdiction (or whose jurisdiction is unknown) and returns the
        /// ids still eligible for the consent or objection look-up, with the jurisdictions it learnt.
        /// </summary>
        private List<string> ApplyJurisdictions(Dictionary<string, PolicyDecision> decisions, string purpose, out IReadOnlyDictionary<string, string> known)
        {
            var ids = new List<string>(decisions.Keys);
            known = new Dictionary<string, string>();
            if (!_policy.NeedsJurisdiction(purpose))
                return ids;

            known = _jurisdictions!.GetJurisdictions(ids) ?? new Dictionary<string, string>();
            if (!_policy.HasJurisdictionExclusions(purpose))
                return ids;
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
        /// The decision the jurisdiction exclusions force, or null when they leave it to the legal basis. Unknown
        /// jurisdiction for a purpose with exclusions is a refusal: the policy cannot show the subject is outside the
        /// excluded places, so it must assume they may be inside.
        /// </summary>
        private PolicyDecision? JurisdictionDecision(string purpose, string? jurisdiction, bool log)
        {
            if (!_policy.HasJurisdictionExclusions(purpose))
                return null;
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
