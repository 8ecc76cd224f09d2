// Issue #18 (probe17): a null-conditional check is a bool? that is null when there is no provider: null never counts as
// granted. A lifted comparison or a constant pattern establishes consent only on the edge where the value can only be true.
// ok.GetValueOrDefault() and ok ?? false are true only when the check returned true.
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

public class Exporter(IConsentProvider? maybe, ICorpus corpus)
{
    public void NullableLocalEqualsTrue(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok == true) corpus.Add(m.Headline); }
    public void NullableLocalNotFalse(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok != false) corpus.Add({|CG0001:m.Headline|}); }
    public void NullableLocalIsNotFalse(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok is not false) corpus.Add({|CG0001:m.Headline|}); }
    public void NullableLocalCoalesceFalse(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok ?? false) corpus.Add(m.Headline); }
    public void NullableLocalGetValueOrDefault(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok.GetValueOrDefault()) corpus.Add(m.Headline); }
    public void DirectIsNotFalse(Member m) { if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) is not false) corpus.Add({|CG0001:m.Headline|}); }
    public void DirectNotEqualsFalseNegated(Member m) { if (!(maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) == false)) corpus.Add({|CG0001:m.Headline|}); }
    public void DirectIsTrue(Member m) { if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) is true) corpus.Add(m.Headline); }
    public void EarlyReturnEqualsFalse(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) == false) return;
        corpus.Add({|CG0001:m.Headline|});
    }
    public void EarlyReturnNotTrue(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) != true) return;
        corpus.Add(m.Headline);
    }
    public void DirectNotEqualsFalse(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) != false)
            corpus.Add({|CG0001:m.Headline|});
    }
    public void DirectCoalescedTrue(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) ?? true)
            corpus.Add({|CG0001:m.Headline|});
    }
    public void DirectCoalescedFalse(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) ?? false)
            corpus.Add(m.Headline);
    }
    public void NullableLocalValue(Member m) { bool? ok = maybe?.IsGranted(m.Id, Purposes.GenerativeTraining); if (ok.HasValue && ok.Value) corpus.Add(m.Headline); }
    public void NonNullableNotFalse(Member m, IConsentProvider consent) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) != false) corpus.Add(m.Headline); }
}
