using System;
using System.Collections.Generic;
using System.Linq;
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

public abstract class Trainer
{
    [ConsentSink(Purposes.GenerativeTraining)] public abstract void Train(string example);

    public virtual void Warmup(string text) { }
}

public class LlmTrainer : Trainer
{
    public override void Train(string example) { }
}

public sealed class TunedTrainer : LlmTrainer
{
    public override void Train(string example) => base.Train(example);
}

[ConsentSink(Purposes.GenerativeTraining)]
public interface IEmbeddingStore
{
    void Upsert(string id, string text);
}

public sealed class VectorDb : IEmbeddingStore
{
    public void Upsert(string id, string text) { }
}

public sealed class ExplicitCorpus : ICorpus
{
    void ICorpus.Add(string text) { }
}

public class Exporter
{
    public void OverrideOfOverride(Member m, TunedTrainer t) => t.Train({|CG0001:m.Headline|});

    public void NonSinkVirtual(Member m, LlmTrainer t) => t.Warmup(m.Headline);

    public void ImplementationOfSinkInterface(Member m, VectorDb db) => db.Upsert(m.Id, {|CG0001:m.Headline|});

    public void ExplicitImplementation(Member m, ExplicitCorpus c) => ((ICorpus)c).Add({|CG0001:m.Headline|});

    public void GenericConstraint<T>(Member m, T t) where T : Trainer => t.Train({|CG0001:m.Headline|});
}
