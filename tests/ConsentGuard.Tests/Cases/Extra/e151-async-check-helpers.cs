// Issue #18 (probe17): an async helper returning Task<bool>/ValueTask<bool> that returns a check's answer (awaited, forwarded,
// .AsTask(), an early 'return false', an extension method) is a check when awaited and tested, as its synchronous twin is.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public static class ConsentExtensions
{
    public static bool MayTrain(this IConsentProvider consent, Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
    public static ValueTask<bool> MayTrainAsync(this IConsentProvider consent, Member m) => consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
}

public class Policy(IConsentProvider consent)
{
    public async Task<bool> AwaitingAsync(Member m) => await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
    public ValueTask<bool> ForwardingAsync(Member m) => consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
    public Task<bool> AsTaskAsync(Member m) => consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).AsTask();
    public async Task<bool> EarlyFalseAsync(Member m)
    {
        if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) return false;
        return m.Connections >= 0;
    }
    public bool EarlyFalse(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return false;
        return true;
    }
    public void Ensure(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) throw new UnauthorizedAccessException();
    }
    public Task<bool> AlwaysAsync(Member m) => Task.FromResult(true);
    public async Task<bool> OrForcedAsync(Member m, bool force) => await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining) || force;
}

public class Exporter(IConsentProvider consent, Policy policy, ICorpus corpus)
{
    public void Extension(Member m) { if (consent.MayTrain(m)) corpus.Add(m.Headline); }
    public async Task ExtensionAsync(Member m) { if (await consent.MayTrainAsync(m)) corpus.Add(m.Headline); }
    public async Task Awaiting(Member m) { if (await policy.AwaitingAsync(m)) corpus.Add(m.Headline); }
    public async Task Forwarding(Member m) { if (await policy.ForwardingAsync(m)) corpus.Add(m.Headline); }
    public async Task AsTask(Member m) { if (await policy.AsTaskAsync(m)) corpus.Add(m.Headline); }
    public async Task EarlyFalseAsync(Member m) { if (await policy.EarlyFalseAsync(m)) corpus.Add(m.Headline); }
    public void EarlyFalse(Member m) { if (policy.EarlyFalse(m)) corpus.Add(m.Headline); }
    public void Ensure(Member m) { policy.Ensure(m); corpus.Add(m.Headline); }

    // Findings: a helper that checks nothing, one that may return true without a check, a helper's task not tested.
    public async Task Always(Member m) { if (await policy.AlwaysAsync(m)) corpus.Add({|CG0001:m.Headline|}); }
    public async Task OrForced(Member m, bool force) { if (await policy.OrForcedAsync(m, force)) corpus.Add({|CG0001:m.Headline|}); }
    public async Task NotTested(Member m) { await policy.AwaitingAsync(m); corpus.Add({|CG0001:m.Headline|}); }
}
