using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

namespace ProNet;

/// <summary>
/// The provider a job hands to the generated accessors: it answers exactly as the policy does, and counts why
/// each subject was let through or not (no consent, jurisdiction, …), so the job can report its figures without
/// asking twice. <paramref name="onGranted"/> sees each batch's granted subjects before their data is read: the
/// export records them in the training-run register there.
/// </summary>
public sealed class DecisionTally(PolicyConsentProvider policy, Action<IReadOnlyCollection<string>>? onGranted = null) : IConsentProvider
{
    private readonly int[] _counts = new int[Enum.GetValues<PolicyDecision>().Length];

    public int this[PolicyDecision decision] => _counts[(int)decision];

    public bool IsGranted(string subjectId, string purpose) => Count(subjectId, policy.Evaluate(subjectId, purpose));

    public async ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
        Count(subjectId, await policy.EvaluateAsync(subjectId, purpose, cancellationToken));

    public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, decision) in policy.EvaluateMany(subjectIds, purpose))
        {
            _counts[(int)decision]++;
            if (decision == PolicyDecision.Granted)
                granted.Add(id);
        }
        if (granted.Count > 0)
            onGranted?.Invoke(granted);
        return granted;
    }

    private bool Count(string subjectId, PolicyDecision decision)
    {
        _counts[(int)decision]++;
        if (decision == PolicyDecision.Granted)
            onGranted?.Invoke(new[] { subjectId });
        return decision == PolicyDecision.Granted;
    }
}
