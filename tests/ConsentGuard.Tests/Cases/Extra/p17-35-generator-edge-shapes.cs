using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

internal partial class InternalProfile
{
    [DataSubject] public string Id { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string About { get; init; } = "";
}

public partial class GuidKeyed
{
    [DataSubject] public Guid Id { get; init; }
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Bio = "";
}

public partial class IntKeyed
{
    [DataSubject] public int Number;
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public required string Text { get; init; }
}

public partial class Envelope<T> where T : notnull
{
    [DataSubject] public string Owner { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public T Payload { get; init; } = default!;
}

public partial class Outer<TKey>
{
    public partial class Row
    {
        [DataSubject] public string Id { get; init; } = "";
        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
        public string Text { get; init; } = "";
    }
}

public readonly partial record struct Snapshot(
    [property: DataSubject] string Id,
    [property: PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Personalization)] string City);

public abstract partial class Person
{
    [DataSubject] public string Id { get; init; } = "";
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Title { get; init; } = "";
}

public sealed partial class Employee : Person
{
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Team { get; init; } = "";
}

public partial class Keywords
{
    [DataSubject] public string @class { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string @event { get; init; } = "";
}

namespace Deep.Nested.Space
{
    public partial class Profile
    {
        [DataSubject] public string Id { get; init; } = "";
        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
        public string Note { get; init; } = "";
    }
}

internal class Uses(IConsentProvider consent, ICorpus corpus)
{
    public void Internal(InternalProfile p)
    {
        if (p.ForGenerativeTraining(consent) is { } v) corpus.Add(v.About);
    }

    public void Guid(GuidKeyed g)
    {
        if (g.ForGenerativeTraining(consent) is { } v) corpus.Add(v.Bio);
    }

    public void Int(IntKeyed i)
    {
        if (i.ForGenerativeTraining(consent) is { } v) corpus.Add(v.Text);
    }

    public void Generic(Envelope<string> e)
    {
        if (e.ForGenerativeTraining(consent) is { } v) corpus.Add(v.Payload);
    }

    public void GenericMany(IEnumerable<Envelope<string>> es)
    {
        foreach (var v in es.ForGenerativeTraining(consent)) corpus.Add(v.Payload);
    }

    public void NestedInGeneric(Outer<int>.Row r)
    {
        if (r.ForGenerativeTraining(consent) is { } v) corpus.Add(v.Text);
    }

    public async Task RecordStruct(Snapshot s, CancellationToken ct)
    {
        if (await s.ForPersonalizationAsync(consent, ct) is { } v) Console.WriteLine(v.City.Length);
    }

    public void Derived(Employee e)
    {
        // Employee inherits its [DataSubject]: it gets no accessors of its own (CG0006, info), the base type's bind
        if (e.ForGenerativeTraining(consent) is { } v) corpus.Add(v.Title);
    }

    public void Keywords(Keywords k)
    {
        if (k.ForGenerativeTraining(consent) is { } v) corpus.Add(v.@event);
    }

    public void Namespaced(IEnumerable<Deep.Nested.Space.Profile> ps)
    {
        foreach (var v in Deep.Nested.Space.ProfileConsentExtensions.ForGenerativeTraining(ps, consent)) corpus.Add(v.Note);
    }

    public void Bypass(Deep.Nested.Space.Profile p) => corpus.Add({|CG0001:p.Note|});
}
