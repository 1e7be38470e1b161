package com.coopromo.host;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

import javax.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes every entity manager factory of the host depend on the module's schema bean, whatever the host calls its
 * factories ({@code entityManagerFactory}, {@code blEntityManagerFactorySecureInfo}, ...).
 */
public class EntityManagersAfterCoopSchema implements BeanFactoryPostProcessor {
    private final String schemaBeanName;

    public EntityManagersAfterCoopSchema(String schemaBeanName) {
        this.schemaBeanName = schemaBeanName;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        Set<String> factories = new LinkedHashSet<String>();
        factories.addAll(Arrays.asList(beanFactory.getBeanNamesForType(EntityManagerFactory.class, true, false)));
        for (String name : beanFactory.getBeanNamesForType(AbstractEntityManagerFactoryBean.class, true, false)) {
            factories.add(name.startsWith(BeanFactory.FACTORY_BEAN_PREFIX)
                    ? name.substring(BeanFactory.FACTORY_BEAN_PREFIX.length()) : name);
        }
        for (String name : factories) {
            if (!beanFactory.containsBeanDefinition(name)) {
                continue;
            }
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<String>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add(schemaBeanName);
            definition.setDependsOn(dependsOn.toArray(new String[dependsOn.size()]));
        }
    }
}
