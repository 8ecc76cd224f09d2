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

public sealed record TrainingRow([ConsentSink(Purposes.GenerativeTraining)] string Text, int Weight);

public sealed record TrainingPair(string Prompt)
{
    [ConsentSink(Purposes.GenerativeTraining)] public string Completion { get; init; } = "";
}

public interface IExample
{
    [ConsentSink(Purposes.GenerativeTraining)] string Text { set; }
}

public sealed class Example : IExample
{
    public string Text { get; set; } = "";
}

[ConsentSink(Purposes.GenerativeTraining)]
public sealed class TuningBatch
{
    public string Title { get; set; } = "";
}

public sealed class Wrapper
{
    public Wrapper(ICorpus corpus, string text) => corpus.Add(text);
}

public sealed class Setter(ICorpus corpus)
{
    public string Text { set => corpus.Add(value); }
}

public class Exporter(IConsentProvider consent, ICorpus corpus, ICorpus other)
{
    public TrainingRow PositionalSinkParameter(Member m) => new TrainingRow({|CG0001:m.Headline|}, m.Connections);

    public TrainingRow PositionalSinkParameterChecked(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? new TrainingRow(m.Headline, 1) : new TrainingRow("", 0);

    public TrainingPair InitSink(Member m) => new TrainingPair(m.Headline) { Completion = {|CG0001:m.Headline|} };

    public TrainingPair WithSink(TrainingPair p, Member m) => p with { Completion = {|CG0001:m.Headline|} };

    public void InterfaceSinkPropertyViaClass(Example e, Member m) => e.Text = {|CG0001:m.Headline|};

    public TuningBatch TypeSinkInitializer(Member m) => new TuningBatch { Title = {|CG0001:m.Headline|} };

    public Wrapper InferredConstructorSink(Member m) => new Wrapper(corpus, {|CG0001:m.Headline|});

    public void InferredSetterSink(Setter s, Member m) => s.Text = {|CG0001:m.Headline|};

    public void InferredSetterSinkChecked(Setter s, Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            s.Text = m.Headline;
    }

    public void ConditionalReceiver(Member m, bool primary) => (primary ? corpus : other).Add({|CG0001:m.Headline|});

    public void SwitchExpressionGuard(Member m) =>
        corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) switch { true => m.Headline, false => "" });

    public void SwitchExpressionGuardInverted(Member m) =>
        corpus.Add({|CG0001:consent.IsGranted(m.Id, Purposes.GenerativeTraining) switch { true => "", false => m.Headline }|});
}
