using System;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public static class Guard
{
    public static void IsTrue(bool condition) { if (!condition) throw new InvalidOperationException(); }
    public static void IsTrue(bool condition, string message) { if (!condition) throw new InvalidOperationException(message); }
    public static void IsFalse(bool condition) { if (condition) throw new InvalidOperationException(); }
    public static void Maybe(bool condition, bool strict) { if (strict && !condition) throw new InvalidOperationException(); }
    public static void Logs(bool condition) { if (!condition) Console.WriteLine("refused"); }
    public static void Reassigned(bool condition) { condition = true; if (!condition) throw new InvalidOperationException(); }
}

// Issue #18 (optional item): a helper that returns only when its bool argument is true (it throws otherwise) guards what
// follows its call like the check it is given: `Guard.IsTrue(consent.IsGranted(…))` is `if (!consent.IsGranted(…)) throw`.
public class AssertingHelpers(ICorpus corpus, IConsentProvider consent)
{
    public void Asserted(Member m) { Guard.IsTrue(consent.IsGranted(m.Id, Purposes.GenerativeTraining)); corpus.Add(m.Post); }
    public void AssertedWithMessage(Member m) { Guard.IsTrue(consent.IsGranted(m.Id, Purposes.GenerativeTraining), "no consent"); corpus.Add(m.Post); }
    public void AssertedNegation(Member m) { Guard.IsFalse(!consent.IsGranted(m.Id, Purposes.GenerativeTraining)); corpus.Add(m.Post); }
    public void AssertedLocal(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Guard.IsTrue(ok); corpus.Add(m.Post); }

    // The twins: a helper that may return when false, one that asserts the opposite, one that forgets what it was given,
    // and an assertion of something else.
    public void MaybeAsserted(Member m, bool strict) { Guard.Maybe(consent.IsGranted(m.Id, Purposes.GenerativeTraining), strict); corpus.Add({|CG0001:m.Post|}); }
    public void Opposite(Member m) { Guard.IsFalse(consent.IsGranted(m.Id, Purposes.GenerativeTraining)); corpus.Add({|CG0001:m.Post|}); }
    public void OnlyLogs(Member m) { Guard.Logs(consent.IsGranted(m.Id, Purposes.GenerativeTraining)); corpus.Add({|CG0001:m.Post|}); }
    public void Overwritten(Member m) { Guard.Reassigned(consent.IsGranted(m.Id, Purposes.GenerativeTraining)); corpus.Add({|CG0001:m.Post|}); }
    public void SomethingElse(Member m) { Guard.IsTrue(m.Post.Length > 0); corpus.Add({|CG0001:m.Post|}); }
}
